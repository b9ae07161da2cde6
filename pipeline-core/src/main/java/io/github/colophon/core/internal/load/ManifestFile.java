package io.github.colophon.core.internal.load;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The YAML shape of {@code publication.yaml}, bound by Jackson. Unknown keys fail binding, which
 * the loader turns into a diagnostic with the key's line and column.
 */
final class ManifestFile {
  /** Every key the manifest accepts, for "did you mean" hints. */
  static final List<String> KEYS =
      List.of(
          "title", "subtitle", "kind", "language", "version", "date", "authors", "publisher",
          "front", "chapters", "cases", "appendices", "crossref", "html", "pdf", "theme", "variables", "keywords");

  public String title;
  public String subtitle;
  public String kind;
  public String language;
  public String version;
  public String date;
  public List<String> authors;
  public String publisher;
  public List<String> front;
  public List<ChapterEntry> chapters;
  public List<String> cases;
  public List<String> appendices;
  public Crossref crossref;
  public Html html;
  public Pdf pdf;
  public Theme theme;
  public java.util.Map<String, String> variables;
  public List<String> keywords;

  /** The {@code theme:} block: overrides of the kind's theme. */
  static final class Theme {
    @JsonProperty("page-size")
    public String pageSize;

    public String margins;
    public String accent;

    @JsonProperty("body-font")
    public String bodyFont;

    public String css;
    public String templates;
  }

  /** The {@code html:} block: how the HTML edition is laid out. */
  static final class Html {
    public Boolean single;
  }

  /** The {@code pdf:} block: how the print edition is written. */
  static final class Pdf {
    /** Standards to conform to: {@code a-3u}, {@code ua-1} (Typst's names). */
    public List<String> standards;
  }

  /** The {@code crossref:} block, named after Quarto's. */
  static final class Crossref {
    static final List<String> LABEL_KINDS =
        List.of("chapter", "section", "figure", "table", "equation", "case", "appendix");

    @JsonProperty("section-depth")
    public Integer sectionDepth;

    @JsonProperty("page-numbers")
    public Boolean pageNumbers;

    public java.util.Map<String, String> labels;

    /** A list of figures after the contents (LaTeX's and Quarto's {@code lof}). */
    public Boolean lof;

    /** A list of tables after the contents ({@code lot}). */
    public Boolean lot;
  }

  /** A chapter file, or a part: {@code {part: title, chapters: [...]}}. */
  static final class ChapterEntry {
    final String file;
    final String part;
    final List<String> chapters;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    ChapterEntry(String file) {
      this.file = file;
      this.part = null;
      this.chapters = List.of();
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    ChapterEntry(
        @JsonProperty(value = "part", required = true) String part,
        @JsonProperty("chapters") List<String> chapters) {
      this.file = null;
      this.part = part;
      this.chapters = chapters == null ? List.of() : chapters;
    }
  }
}
