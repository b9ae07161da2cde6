package io.github.colophon.core.model;

import java.util.Map;

/**
 * How references and numbers look, from the manifest's {@code crossref:} block.
 *
 * @param sectionDepth headings down to this level are numbered (2 = "1.1", 3 = "1.1.1"; 1 = none)
 * @param pageNumbers whether PDF references also show the page ("图 2.1（第 12 页）")
 * @param labels label templates by kind ({@code chapter section figure table equation case
 *     appendix}), {@code {n}} standing for the number; they replace the language's defaults
 * @param listOfFigures a list of figures after the contents of the PDF
 * @param listOfTables a list of tables after the contents of the PDF
 */
public record CrossrefOptions(
    int sectionDepth,
    boolean pageNumbers,
    Map<String, String> labels,
    boolean listOfFigures,
    boolean listOfTables) {
  public static final CrossrefOptions DEFAULT = new CrossrefOptions(3, false, Map.of(), false, false);

  public CrossrefOptions {
    labels = Map.copyOf(labels);
  }
}
