package io.github.colophon.core.model;

/** Things in a manuscript that get a number and can be referred to. */
public enum ElementKind {
  HEADING,
  FIGURE,
  TABLE,
  EQUATION,
  CASE
}
