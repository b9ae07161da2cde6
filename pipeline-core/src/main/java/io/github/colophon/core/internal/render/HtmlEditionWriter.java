package io.github.colophon.core.internal.render;

import io.github.colophon.core.internal.LinkTargets;
import io.github.colophon.core.internal.Localisation;
import io.github.colophon.core.internal.markdown.HtmlFragmentRenderer;
import io.github.colophon.core.internal.markdown.RenderContext;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.Numbering;
import io.github.colophon.core.model.Unit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the HTML edition: one {@code index.html} with a table of contents, the theme's CSS, and
 * every image copied under {@code assets/} at its path inside the publication. Stateless.
 */
public final class HtmlEditionWriter {
  private final HtmlFragmentRenderer fragments = new HtmlFragmentRenderer();

  /** Writes the site into {@code siteDir} (created); {@code pdfFile} is linked when non-null. */
  public void write(Document document, Numbering numbering, Path siteDir, String pdfFile)
      throws IOException {
    Localisation words = Localisation.of(document.metadata());
    Path folder = document.folder().toAbsolutePath().normalize();
    Map<String, Path> assets = new TreeMap<>();
    List<String> html = new ArrayList<>();
    LinkTargets links = new LinkTargets(document);
    for (Unit unit : document.units()) {
      Path dir = unit.source().path().toAbsolutePath().getParent();
      RenderContext context =
          new RenderContext(
              numbering,
              src -> {
                Path file = dir.resolve(src).normalize();
                String relative = folder.relativize(file).toString().replace('\\', '/');
                assets.put(relative, file);
                return "assets/" + relative;
              },
              anchor -> "#" + anchor,
              words.referenceSeparator(),
              url -> links.resolve(unit, url).map(anchor -> "#" + anchor).orElse(url));
      html.add(fragments.render(unit.body(), context, unit.anchor()));
    }
    Files.createDirectories(siteDir);
    EditionView view = new EditionView(document, numbering, html, "", pdfFile);
    Files.writeString(siteDir.resolve("index.html"), Templates.render(Templates.HTML, view), StandardCharsets.UTF_8);
    Files.writeString(siteDir.resolve("colophon.css"), Templates.HTML_CSS, StandardCharsets.UTF_8);
    for (Map.Entry<String, Path> asset : assets.entrySet()) {
      Path target = siteDir.resolve("assets").resolve(asset.getKey());
      Files.createDirectories(target.getParent());
      Files.copy(asset.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
