package io.github.colophon.core.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The search index's terms, which colophon.js must make from a query in the same way. */
class SearchIndexTest {

  @Test
  void cjkRunsGiveBigramsOtherRunsWholeWordsAfterNfkcAndLowerCase() {
    assertEquals(
        Set.of("开放", "放银", "银行", "api", "2022", "年平", "平台"),
        SearchIndex.terms("开放银行 API：２０２２年平台"));
    assertEquals(Set.of("章"), SearchIndex.terms("（章）"));
  }

  @Test
  void sectionsAreCutAtHeadingsWithIdsAndLinkToTheirPage() throws Exception {
    SearchIndex index = new SearchIndex();
    index.addUnit(
        "sec-a.html",
        "第 1 章 甲",
        "<h1 id=\"sec-a\"><span class=\"unit-label\">第 1 章</span><span class=\"title\">甲</span></h1>\n"
            + "<p>手机银行的演进<sup id=\"sec-a-fnref-1\"><a class=\"footnote-ref\" href=\"#sec-a-fn-1\">1</a></sup></p>\n"
            + "<h2 id=\"sec-b\"><span class=\"number\">1.1</span> <span class=\"title\">乙</span></h2>\n"
            + "<p>网银搬家</p>\n");
    java.util.Map<String, Set<String>> terms = new java.util.HashMap<>();
    String script = index.script(java.util.Map.of(), terms);
    assertTrue(script.startsWith("/* Colophon search index"), script);
    assertTrue(script.contains("window.COLOPHON_SEARCH = {"), script);
    assertTrue(script.contains("[\"sec-a.html#sec-a\",\"第 1 章 甲\",\"第 1 章 甲\",\"手机银行的演进\"]"), script);
    assertTrue(script.contains("[\"sec-a.html#sec-b\",\"1.1 乙\",\"第 1 章 甲\",\"网银搬家\"]"), script);
    assertTrue(script.contains("\"网银\":[1]"), script);
    assertTrue(script.contains("\"乙\":[1]"), script);
    assertEquals(2, terms.size(), "the terms of each section's text, for the next build");
    assertEquals(script, index.script(terms, new java.util.HashMap<>()), "the same index from known terms");
    assertTrue(
        com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
            .readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1)).has("terms"),
        "the script's object is JSON");
  }
}
