package io.github.colophon.core.internal;

import io.github.colophon.core.model.Metadata;

/**
 * The words Colophon adds to a publication, per language: reference prefixes and headings of
 * generated pages. Chinese for {@code zh*}, English otherwise.
 */
public record Localisation(
    String chapter,
    String section,
    String figure,
    String table,
    String equation,
    String caseStudy,
    String appendix,
    String contents,
    String referenceSeparator,
    String version,
    String date,
    String publisher) {

  private static final Localisation CHINESE =
      new Localisation(
          "第 %s 章", "%s 节", "图 %s", "表 %s", "式 (%s)", "案例 %s", "附录 %s", "目录", "、",
          "版本", "日期", "出版");
  private static final Localisation ENGLISH =
      new Localisation(
          "Chapter %s", "Section %s", "Figure %s", "Table %s", "Equation (%s)", "Case %s",
          "Appendix %s", "Contents", ", ", "Version", "Date", "Publisher");

  public static Localisation of(Metadata metadata) {
    return metadata.isChinese() ? CHINESE : ENGLISH;
  }
}
