package io.github.colophon.core.model;

/** The role of one Markdown file in the publication's structure. */
public enum UnitKind {
  /** Front matter such as a preface or an executive summary: unnumbered. */
  FRONT,
  /** A numbered chapter (第 1 章 / Chapter 1). */
  CHAPTER,
  /** A case study file, numbered with the case blocks (案例 1 / Case 1). */
  CASE,
  /** An appendix, lettered (附录 A / Appendix A). */
  APPENDIX
}
