package io.github.colophon.core.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/**
 * Every page of every sample site is valid HTML5 by the Nu HTML Checker, the W3C's validator
 * (its schemas are bundled in the jar; nothing is fetched).
 */
class HtmlValidatorTest {

  @Test
  void everyPageOfEverySampleSiteHasNoValidationError() throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    validator.setLoadEntities(false);
    validator.setNoLangDetect(true); // the language is declared; detection is a heuristic warning
    List<String> errors = new ArrayList<>();
    int pages = 0;
    for (Path site : SampleSites.all().values()) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(site)) {
        files = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
      }
      for (Path page : files) {
        pages++;
        for (String line : validator.validate(page).split("\n")) {
          if (line.contains(": error:") || line.contains(": fatal:")) {
            errors.add(site.getParent().getFileName() + "/" + site.relativize(page) + " " + line.replaceFirst("^[^:]*:", ""));
          }
        }
      }
    }
    assertTrue(pages > 40, "pages checked: " + pages);
    assertEquals(List.of(), errors.stream().limit(20).toList(), errors.size() + " validation errors");
  }
}
