package io.github.colophon.core;

import io.github.colophon.core.internal.LinkTargets;
import io.github.colophon.core.internal.markdown.HtmlFragmentRenderer;
import io.github.colophon.core.internal.markdown.RenderContext;
import io.github.colophon.core.model.Document;
import io.github.colophon.core.model.Numbering;
import io.github.colophon.core.model.Unit;
import java.nio.file.Path;
import java.util.List;

/** Runs the stages up to check on a test publication and renders single units. */
record Analysis(Document document, Numbering numbering, List<Diagnostic> diagnostics) {
  private static final Pipeline PIPELINE = new Pipeline();

  static Analysis of(TestPublication publication) {
    Diagnostics sink = new Diagnostics();
    BuildOptions options = BuildOptions.builder().outputDirectory(Path.of("unused")).build();
    Pipeline.Analysed analysed = PIPELINE.analyse(publication.folder(), options, sink);
    return analysed == null
        ? new Analysis(null, null, sink.sorted())
        : new Analysis(analysed.document(), analysed.numbering(), sink.sorted());
  }

  String html(int unit) {
    Unit u = document.units().get(unit);
    String separator = document.metadata().isChinese() ? "、" : ", ";
    return new HtmlFragmentRenderer()
        .render(u.body(), new RenderContext(
                numbering,
                src -> "img/" + src,
                a -> "#" + a,
                separator,
                url -> new LinkTargets(document).resolve(u, url).map(a -> "#" + a).orElse(url),
                "html",
                document.variables(),
                document.theme().accent()), u.anchor());
  }

  List<String> codes() {
    return diagnostics.stream().map(Diagnostic::code).toList();
  }
}
