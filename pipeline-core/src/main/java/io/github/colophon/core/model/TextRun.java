package io.github.colophon.core.model;

/**
 * A stretch of text that will be typeset, with the char offset in its source file where it
 * starts; used by checks that must point at single characters (e.g. glyph coverage).
 */
public record TextRun(String text, int offset) {}
