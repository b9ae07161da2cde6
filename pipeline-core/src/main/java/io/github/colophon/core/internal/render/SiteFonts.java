package io.github.colophon.core.internal.render;

import io.github.colophon.core.internal.fonts.FontLibrary;
import io.github.colophon.core.internal.fonts.WebFonts;
import io.github.colophon.core.model.Kind;
import io.github.colophon.core.model.ThemeOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The web fonts of an HTML edition: the bundled faces the theme sets text in, each cut down to
 * the characters the site shows, under {@code fonts/} with their licences, and the
 * {@code @font-face} rules that name them ({@code local()} first, so an installed copy wins;
 * {@code font-display: swap}, so text shows in a fallback font while they load).
 *
 * <p>Which faces: Noto Sans SC (headings, navigation, tables, and the body of every kind but a
 * book) always; Noto Serif SC when the body is serif (a book, or {@code body-font: serif});
 * JetBrains Mono when the site has code. Which characters: every character of the pages' text
 * and of the attributes the site shows ({@code placeholder}, {@code alt}, {@code value}, and the
 * {@code data-} texts the script shows), and the whole of the stylesheet (generated content) and
 * of the script (its messages); for the monospace faces only the text of code.
 */
final class SiteFonts {
  static final String FOLDER = "fonts";
  /** The elements the theme sets in the monospace font. */
  private static final Set<String> CODE = Set.of("code", "pre", "kbd", "samp");

  private final List<FontLibrary.Face> faces;

  private SiteFonts(List<FontLibrary.Face> faces) {
    this.faces = faces;
  }

  /** What a site carries, given whether it has code. */
  static SiteFonts of(Kind kind, ThemeOptions theme, boolean code) {
    boolean serif = theme.bodyFont() == null ? kind == Kind.BOOK : theme.bodyFont().equals("serif");
    List<FontLibrary.Face> faces = new ArrayList<>();
    for (FontLibrary.Face face : FontLibrary.bundled().faces()) {
      boolean wanted =
          switch (face.family()) {
            case FontLibrary.SERIF -> serif;
            case FontLibrary.MONO -> code;
            default -> true;
          };
      if (wanted) {
        faces.add(face);
      }
    }
    return new SiteFonts(List.copyOf(faces));
  }

  /** A face's file in the site: the bundled file's name, as WOFF. */
  static String fileName(FontLibrary.Face face) {
    return face.file().replaceFirst("\\.ttf$", ".woff");
  }

  /** The {@code @font-face} rules, to come before the theme so an author's own rules win. */
  String css(List<WebFonts.WebFont> fonts) {
    StringBuilder css =
        new StringBuilder(
            "/* Web fonts: Colophon's bundled fonts (SIL Open Font License 1.1, see "
                + FOLDER
                + "/), cut down to the characters of this site. */\n");
    for (WebFonts.WebFont font : fonts) {
      css.append("@font-face { font-family: \"").append(font.face().family()).append("\"; ")
          .append("font-style: normal; font-weight: ").append(font.face().weight()).append("; ")
          .append("font-display: swap;\n  src: ");
      for (String name : font.localNames()) {
        css.append("local(\"").append(name.replace("\"", "")).append("\"), ");
      }
      css.append("url(\"").append(FOLDER).append('/').append(fileName(font.face()))
          .append("\") format(\"woff\"); }\n");
    }
    return css.append('\n').toString();
  }

  /** Each face cut down to the characters shown, the monospace faces to those of code. */
  List<WebFonts.WebFont> subset(Characters characters) {
    SortedSet<Integer> shown = sorted(characters.shown);
    SortedSet<Integer> code = sorted(characters.code);
    List<WebFonts.WebFont> fonts = new ArrayList<>();
    for (FontLibrary.Face face : faces) {
      fonts.add(WebFonts.subset(face, face.family().equals(FontLibrary.MONO) ? code : shown));
    }
    return fonts;
  }

  /** The characters a site shows, gathered page by page, and those shown as code. */
  static final class Characters {
    // Bit sets, not sets of boxed code points: every character of every page passes through here.
    private final BitSet shown = new BitSet();
    private final BitSet code = new BitSet();

    /** A page's text and the attributes the site shows. */
    void page(String html) {
      Jsoup.parse(html)
          .traverse(
              new NodeVisitor() {
                private int inCode;

                @Override
                public void head(Node node, int depth) {
                  if (node instanceof TextNode text) {
                    add(shown, text.getWholeText());
                    if (inCode > 0) {
                      add(code, text.getWholeText());
                    }
                  } else if (node instanceof Element element) {
                    if (CODE.contains(element.normalName())) {
                      inCode++;
                    }
                    for (Attribute a : element.attributes()) {
                      String key = a.getKey();
                      if (key.equals("placeholder") || key.equals("alt") || key.equals("value") || key.startsWith("data-")) {
                        add(shown, a.getValue());
                      }
                    }
                  }
                }

                @Override
                public void tail(Node node, int depth) {
                  if (node instanceof Element element && CODE.contains(element.normalName())) {
                    inCode--;
                  }
                }
              });
    }

    /** All of {@code text}: a stylesheet's generated content, a script's messages. */
    void whole(String text) {
      add(shown, text);
    }

    boolean hasCode() {
      return !code.isEmpty();
    }
  }

  /** The font files and their licences, under {@code siteDir/fonts/}. */
  static void write(Path siteDir, List<WebFonts.WebFont> fonts) throws IOException {
    Path folder = siteDir.resolve(FOLDER);
    Files.createDirectories(folder);
    SortedSet<String> licences = new TreeSet<>();
    for (WebFonts.WebFont font : fonts) {
      Files.write(folder.resolve(fileName(font.face())), font.woff());
      licences.add(font.face().licenceFile());
    }
    for (String licence : licences) {
      Files.write(folder.resolve(licence), FontLibrary.licence(licence));
    }
  }

  private static void add(BitSet set, String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= 0x20 && !Character.isISOControl(cp)) {
        set.set(cp);
      }
    }
  }

  private static SortedSet<Integer> sorted(BitSet set) {
    SortedSet<Integer> sorted = new TreeSet<>();
    set.stream().forEach(sorted::add);
    return sorted;
  }
}
