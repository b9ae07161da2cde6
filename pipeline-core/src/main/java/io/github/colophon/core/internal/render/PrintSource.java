package io.github.colophon.core.internal.render;

import java.util.List;

/**
 * The print HTML in two parts: the {@code frame} (the template rendered with a placeholder where
 * each unit goes: cover, contents, part pages, the units' sections) and each unit's own HTML. A
 * rebuild that changes one unit and nothing else leaves the frame and the other units equal,
 * which is what lets {@link PrintPatch} re-render only that unit.
 *
 * <p>Each unit is put between two empty markers ({@link #unitStart}, {@link #unitEnd}) that the
 * layout can be asked about: where the unit begins and ends, in the whole book and in a segment.
 * They are zero-height blocks, like the block markers of {@link PrintXhtml}, and change no layout.
 */
public record PrintSource(String frame, List<String> units) {
  private static final String PLACEHOLDER = "<!--colophon-unit-";

  public PrintSource {
    units = List.copyOf(units);
  }

  /** What the template is given as unit {@code index}'s HTML while the frame is rendered. */
  static String placeholder(int index) {
    return PLACEHOLDER + index + "-->";
  }

  static boolean isPlaceholder(String html) {
    return html.startsWith(PLACEHOLDER);
  }

  /** The id of the marker before unit {@code index}'s content. */
  static String unitStart(int index) {
    return PrintXhtml.MARK + "unit-" + index;
  }

  /** The id of the marker after unit {@code index}'s content. */
  static String unitEnd(int index) {
    return PrintXhtml.MARK + "unit-" + index + "-end";
  }

  /** Unit {@code index}'s HTML between its markers, as it stands in the whole print HTML. */
  String markedUnit(int index) {
    return "<div class=\"colophon-mark\" id=\"" + unitStart(index) + "\"></div>"
        + units.get(index)
        + "<div class=\"colophon-mark\" id=\"" + unitEnd(index) + "\"></div>";
  }

  /**
   * The whole print HTML: the frame with each placeholder replaced by its unit, in one pass from
   * left to right, so that nothing in a unit's text is ever read as a placeholder.
   */
  public String html() {
    StringBuilder out = new StringBuilder(frame.length() + units.stream().mapToInt(String::length).sum() + 128 * units.size());
    int from = 0;
    for (int at = frame.indexOf(PLACEHOLDER); at >= 0; at = frame.indexOf(PLACEHOLDER, from)) {
      int close = frame.indexOf("-->", at);
      int index = close < 0 ? -1 : parseIndex(frame.substring(at + PLACEHOLDER.length(), close));
      if (index < 0 || index >= units.size()) {
        out.append(frame, from, at + PLACEHOLDER.length());
        from = at + PLACEHOLDER.length();
        continue;
      }
      out.append(frame, from, at).append(markedUnit(index));
      from = close + 3;
    }
    return out.append(frame, from, frame.length()).toString();
  }

  private static int parseIndex(String digits) {
    if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Integer.parseInt(digits);
  }
}
