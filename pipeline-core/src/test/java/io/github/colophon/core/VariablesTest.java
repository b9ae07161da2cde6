package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {{name}} variables and .only blocks for editions and formats. */
class VariablesTest {
  @TempDir Path root;

  private TestPublication paper(String chapter) {
    return TestPublication.create(
            root,
            "paper",
            """
            title: 开放银行白皮书
            version: "2022.1"
            date: 2022-11-15
            chapters: [01.md]
            variables:
              event: 数字金融创新周
            """)
        .file("01.md", chapter);
  }

  @Test
  void variablesAreReplacedInTextButNotInCode() {
    Analysis a = Analysis.of(paper("# 章\n\n《{{title}}》第 {{version}} 版，发布于{{ event }}。代码 `{{version}}` 不替换。\n"));

    assertTrue(a.diagnostics().isEmpty(), a.diagnostics()::toString);
    String html = a.html(0);
    assertTrue(html.contains("《开放银行白皮书》第 2022.1 版，发布于数字金融创新周。"), html);
    assertTrue(html.contains("<code>{{version}}</code>"), html);
  }

  @Test
  void unknownVariableIsAnErrorWithTheNearestName() {
    Analysis a = Analysis.of(paper("# 章\n\n版本 {{verison}}。\n"));

    assertEquals(1, a.diagnostics().size(), a.diagnostics()::toString);
    Diagnostic d = a.diagnostics().get(0);
    assertEquals("unknown-variable", d.code());
    assertEquals(3, d.line());
    assertEquals(4, d.column());
    assertEquals("did you mean {{version}}?", d.hint());
  }

  @Test
  void onlyBlocksAppearInTheEditionsAndFormatsTheyName() {
    Analysis a =
        Analysis.of(
            paper(
                """
                # 章

                ::: {.only edition=draft}
                草稿提示。
                :::

                ::: {.only edition=release}
                正式说明。
                :::

                ::: {.only format=pdf}
                仅印刷版。
                :::

                ::: {.only format="html pdf"}
                两种格式。
                :::
                """));

    String html = a.html(0); // the test renders the draft HTML edition
    assertTrue(html.contains("草稿提示。"), html);
    assertFalse(html.contains("正式说明。"), html);
    assertFalse(html.contains("仅印刷版。"), html);
    assertTrue(html.contains("两种格式。"), html);
    assertFalse(html.contains("class=\"only\""), "a bare .only block adds no element: " + html);
  }
}
