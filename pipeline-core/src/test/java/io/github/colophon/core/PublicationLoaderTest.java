package io.github.colophon.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.colophon.core.internal.load.LoadedPublication;
import io.github.colophon.core.internal.load.PublicationLoader;
import io.github.colophon.core.model.Kind;
import io.github.colophon.core.model.UnitKind;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationLoaderTest {
  @TempDir Path root;
  private final PublicationLoader loader = new PublicationLoader();
  private final Diagnostics sink = new Diagnostics();

  private static final String CHAPTER = "# 第一章 {#sec-one}\n\n正文。\n";

  @Test
  void readsEveryManifestKeyAndKeepsTheOrderOfTheStructure() {
    TestPublication p =
        TestPublication.create(
                root,
                "book",
                """
                title: 数字金融创新
                subtitle: 文集
                kind: book
                language: zh-CN
                version: "2022.1"
                date: 2022-11-15
                authors: [甲, 乙]
                publisher: 示例出版社
                front: [preface.md]
                chapters:
                  - chapters/01.md
                  - part: 第一部分
                    chapters: [chapters/02.md, chapters/03.md]
                cases: [cases/c1.md]
                appendices: [appendix.md]
                """)
            .file("preface.md", "# 序\n")
            .file("chapters/01.md", CHAPTER)
            .file("chapters/02.md", CHAPTER)
            .file("chapters/03.md", CHAPTER)
            .file("cases/c1.md", CHAPTER)
            .file("appendix.md", CHAPTER);

    LoadedPublication loaded = loader.load(p.folder(), sink);

    assertNotNull(loaded, () -> sink.sorted().toString());
    assertEquals("数字金融创新", loaded.metadata().title());
    assertEquals(Kind.BOOK, loaded.metadata().kind());
    assertEquals(List.of("甲", "乙"), loaded.metadata().authors());
    assertEquals("2022-11-15", loaded.metadata().date());
    assertEquals(
        List.of(UnitKind.FRONT, UnitKind.CHAPTER, UnitKind.CHAPTER, UnitKind.CHAPTER, UnitKind.CASE, UnitKind.APPENDIX),
        loaded.units().stream().map(LoadedPublication.PlannedUnit::kind).toList());
    assertEquals("第一部分", loaded.units().get(2).part());
    assertNull(loaded.units().get(3).part());
    assertEquals("book/chapters/01.md", loaded.units().get(1).source().displayPath());
  }

  @Test
  void unknownKeyIsAnErrorWithLineColumnAndSuggestion() {
    TestPublication p =
        TestPublication.create(root, "p", "titel: 标题\nchapters: [a.md]\nauthor: 某人\n").file("a.md", CHAPTER);

    assertNull(loader.load(p.folder(), sink));

    List<Diagnostic> d = sink.sorted();
    assertEquals(2, d.size(), d::toString);
    assertEquals("unknown-manifest-key", d.get(0).code());
    assertEquals("p/publication.yaml", d.get(0).file());
    assertEquals(1, d.get(0).line());
    assertEquals(1, d.get(0).column());
    assertTrue(d.get(0).hint().contains("'title'"), d.get(0).hint());
    assertEquals(3, d.get(1).line());
    assertTrue(d.get(1).hint().contains("'authors'"), d.get(1).hint());
  }

  @Test
  void malformedYamlNamesTheLine() {
    TestPublication p = TestPublication.create(root, "p", "title: 标题\nchapters: [a.md\nkind: book\n");

    assertNull(loader.load(p.folder(), sink));

    Diagnostic d = sink.sorted().get(0);
    assertEquals("invalid-manifest", d.code());
    assertTrue(d.line() >= 2, d::format);
  }

  @Test
  void missingTitleAndChaptersAreErrors() {
    TestPublication p = TestPublication.create(root, "p", "kind: book\n");

    assertNull(loader.load(p.folder(), sink));

    assertEquals(
        List.of("missing-manifest-key", "missing-manifest-key"),
        sink.sorted().stream().map(Diagnostic::code).toList());
  }

  @Test
  void unknownKindListsTheKinds() {
    TestPublication p = TestPublication.create(root, "p", "title: t\nkind: novel\nchapters: [a.md]\n").file("a.md", CHAPTER);

    assertNull(loader.load(p.folder(), sink));

    Diagnostic d = sink.sorted().get(0);
    assertEquals("invalid-manifest", d.code());
    assertTrue(d.hint().contains("white-paper"), d.hint());
  }

  @Test
  void missingFileIsReportedAtItsManifestLineWithTheNearestExistingFile() {
    TestPublication p =
        TestPublication.create(root, "p", "title: t\nchapters:\n  - chapters/01-intro.md\n  - chapters/02-misc.md\n")
            .file("chapters/01-intro.md", CHAPTER)
            .file("chapters/02-mics.md", CHAPTER);

    assertNull(loader.load(p.folder(), sink));

    Diagnostic d = sink.sorted().get(0);
    assertEquals("missing-file", d.code());
    assertEquals(4, d.line());
    assertEquals(5, d.column());
    assertTrue(d.hint().contains("chapters/02-mics.md"), d.hint());
  }

  @Test
  void filesOutsideThePublicationAreRefused() {
    TestPublication p =
        TestPublication.create(root, "p", "title: t\nchapters:\n  - ../../etc/passwd\n  - /etc/passwd\n");

    assertNull(loader.load(p.folder(), sink));

    assertEquals(
        List.of("path-outside-publication", "path-outside-publication"),
        sink.sorted().stream().map(Diagnostic::code).toList());
  }

  @Test
  void aFileListedTwiceIsAnError() {
    TestPublication p =
        TestPublication.create(root, "p", "title: t\nchapters: [a.md, ./a.md]\n").file("a.md", CHAPTER);

    assertNull(loader.load(p.folder(), sink));

    assertEquals("duplicate-file", sink.sorted().get(0).code());
  }

  @Test
  void gbkEncodedFileIsAnErrorThatNamesTheEncoding() {
    TestPublication p =
        TestPublication.create(root, "p", "title: t\nchapters: [a.md]\n")
            .bytes("a.md", "# 标题\n\n第二行是中文。\n".getBytes(Charset.forName("GBK")));

    assertNull(loader.load(p.folder(), sink));

    Diagnostic d = sink.sorted().get(0);
    assertEquals("invalid-encoding", d.code());
    assertEquals("p/a.md", d.file());
    assertEquals(1, d.line());
    assertEquals(3, d.column());
    assertTrue(d.hint().contains("GB18030"), d.hint());
  }

  @Test
  void bomAndCrlfAreAccepted() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "# 标题\r\n\r\n正文。\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, both, 0, 3);
    System.arraycopy(text, 0, both, 3, text.length);
    TestPublication p = TestPublication.create(root, "p", "title: t\nchapters: [a.md]\n").bytes("a.md", both);

    LoadedPublication loaded = loader.load(p.folder(), sink);

    assertNotNull(loaded, () -> sink.sorted().toString());
    assertEquals("# 标题\n\n正文。\n", loaded.units().get(0).source().text());
  }

  @Test
  void binaryFileIsAnError() {
    TestPublication p =
        TestPublication.create(root, "p", "title: t\nchapters: [a.md]\n").bytes("a.md", new byte[] {1, 0, 2, 0});

    assertNull(loader.load(p.folder(), sink));

    assertEquals("binary-file", sink.sorted().get(0).code());
  }

  @Test
  void missingManifestIsAnError() throws Exception {
    Files.createDirectories(root.resolve("empty"));

    assertNull(loader.load(root.resolve("empty"), sink));

    assertEquals("missing-manifest", sink.sorted().get(0).code());
  }

  @Test
  void aValueOfTheWrongShapeNamesItsKeyAndWhatWasExpected() {
    TestPublication p =
        TestPublication.create(root, "p", "title: t\nchapters: [a.md]\ncrossref:\n  section-depth: [1, 2]\n")
            .file("a.md", CHAPTER);

    assertNull(loader.load(p.folder(), sink));

    Diagnostic d = sink.sorted().get(0);
    assertEquals("invalid-manifest", d.code());
    assertEquals("'crossref.section-depth' has the wrong kind of value: expected a whole number", d.message());
    assertEquals(4, d.line());
  }

  @Test
  void pdfStandardsAreReadAndAnUnknownOneIsAnErrorAtItsLine() {
    TestPublication good =
        TestPublication.create(root, "good", "title: t\nchapters: [a.md]\npdf:\n  standards: [a-3u, UA-1]\n")
            .file("a.md", CHAPTER);
    var loaded = loader.load(good.folder(), sink);
    assertEquals(
        java.util.Set.of(
            io.github.colophon.core.model.PdfStandard.PDF_A_3U,
            io.github.colophon.core.model.PdfStandard.PDF_UA_1),
        loaded.pdf().standards());

    TestPublication bad =
        TestPublication.create(root, "bad", "title: t\nchapters: [a.md]\npdf:\n  standards: [a-3u, a-4]\n")
            .file("a.md", CHAPTER);
    assertNull(loader.load(bad.folder(), sink));
    Diagnostic d = sink.sorted().get(0);
    assertEquals("invalid-manifest", d.code());
    assertEquals("pdf: unknown standard 'a-4'", d.message());
    assertEquals(4, d.line());
  }
}
