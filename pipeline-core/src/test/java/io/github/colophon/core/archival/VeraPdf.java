package io.github.colophon.core.archival;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's validation of a file against one flavour, as rule → first failure message. */
final class VeraPdf {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /** The failed rules (clause-test → count and first message); empty when the file conforms. */
  static Map<String, String> failedRules(Path pdf, PDFAFlavour flavour) throws Exception {
    try (InputStream in = Files.newInputStream(pdf);
        PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, String> failed = new TreeMap<>();
      Map<String, Integer> counts = new TreeMap<>();
      List<TestAssertion> assertions = result.getTestAssertions();
      for (TestAssertion a : assertions) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
          counts.merge(rule, 1, Integer::sum);
          failed.putIfAbsent(rule, a.getMessage() + " @ " + a.getLocation().getContext());
        }
      }
      failed.replaceAll((rule, message) -> counts.get(rule) + "× " + message);
      if (!result.isCompliant() && failed.isEmpty()) {
        failed.put("?", "not compliant, but no failed assertion was reported");
      }
      return failed;
    }
  }
}
