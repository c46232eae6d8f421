package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.rules.Severity;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("GEN-EXT-001")
class KnownCriticalExtensionsTest {

  @ParameterizedTest(name = "critical [{0}] -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "'';                                 PASS; no extension is marked critical",
        "2.5.29.15;                          PASS; every critical extension is a recognised one",
        "2.5.29.15 2.5.29.19 2.5.29.17;      PASS; every critical extension is a recognised one",
        "1.3.6.1.4.1.311.21.10;              PASS; every critical extension is a recognised one",
        "1.3.6.1.5.5.7.1.1 2.5.29.32;        PASS; every critical extension is a recognised one",
        "1.3.6.1.4.1.99999.1;                FAIL; the critical extension 1.3.6.1.4.1.99999.1 is"
            + " not one certificate users recognise",
        "2.5.29.15 1.3.6.1.4.1.11129.2.4.3;  FAIL; critical extension 1.3.6.1.4.1.11129.2.4.3 is",
        "1.2.3.4 1.2.3.5;                    FAIL; the critical extensions 1.2.3.4, 1.2.3.5 are"
      })
  void givenCriticalExtensions_evaluate_failsOnAnUnrecognisedOne(
      String oids, FindingStatus status, String message) {
    String[] critical = oids.isBlank() ? new String[0] : oids.strip().split(" ");
    assertFinding(
        new KnownCriticalExtensions(),
        ContextBuilder.external().leaf(l -> l.criticalExtensions(critical)),
        status,
        message);
  }

  @Test
  void givenAnUnknownCriticalExtension_evaluate_namesItAsTheActualValue() {
    Finding finding =
        assertFinding(
            new KnownCriticalExtensions(),
            ContextBuilder.external().leaf(l -> l.criticalExtensions("2.5.29.15", "1.2.3.4")),
            FindingStatus.FAIL,
            "1.2.3.4");
    assertThat(finding.expected()).isEqualTo("no unrecognised critical extension");
    assertThat(finding.actual()).isEqualTo("critical: 1.2.3.4");
    assertThat(finding.severity()).isEqualTo(Severity.MUST);
  }

  @Test
  void givenRecognisedCriticalExtensions_evaluate_namesThem() {
    Finding finding =
        assertFinding(
            new KnownCriticalExtensions(),
            ContextBuilder.external().leaf(l -> l.criticalExtensions("2.5.29.15", "2.5.29.19")),
            FindingStatus.PASS,
            "recognised");
    assertThat(finding.actual()).isEqualTo("critical: keyUsage, basicConstraints");
  }
}
