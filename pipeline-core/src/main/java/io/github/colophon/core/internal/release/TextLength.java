package io.github.colophon.core.internal.release;

import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.TextRun;
import io.github.colophon.core.model.Unit;
import java.util.HashSet;
import java.util.Set;

/**
 * How long a publication's text is, in the unit its language's editors use: characters for
 * Chinese (字数: each Han ideograph counts one, and so does each run of Latin letters or digits,
 * as word processors count it), words for every other language. Counted over the text that is
 * typeset (prose, headings, captions, code), not over the Markdown markup.
 *
 * @param unit {@code characters} or {@code words}
 */
public record TextLength(String unit, long count) {

  public static TextLength of(Document document) {
    long ideographs = 0;
    long words = 0;
    for (Unit unit : document.units()) {
      // An image's alt text is reported once for the image and once as its own text node.
      Set<Integer> seen = new HashSet<>();
      for (TextRun run : unit.body().outline().text()) {
        if (!seen.add(run.offset())) {
          continue;
        }
        Tally t = tally(run.text());
        ideographs += t.ideographs;
        words += t.words;
      }
    }
    return document.metadata().isChinese()
        ? new TextLength("characters", ideographs + words)
        : new TextLength("words", words + ideographs);
  }

  record Tally(long ideographs, long words) {}

  /** Han ideographs one by one; other words as runs of letters and digits, joined by ' ’ or -. */
  static Tally tally(String text) {
    long ideographs = 0;
    long words = 0;
    boolean inWord = false;
    // By index, not as an array of code points: this reads the whole publication's text.
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        ideographs++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else if (inWord && isJoiner(cp) && i < text.length() && isWordPart(text.codePointAt(i))) {
        continue; // don't, state-of-the-art: one word
      } else {
        inWord = false;
      }
    }
    return new Tally(ideographs, words);
  }

  private static boolean isJoiner(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '-';
  }

  private static boolean isWordPart(int cp) {
    return Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN;
  }
}
