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

@Tag("GEN-SERIAL-001")
class PositiveSerialNumberTest {

  @ParameterizedTest(name = "serial 0x{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "01;                 PASS; the serial number is positive",
        "1000;               PASS; the serial number is positive",
        "0080;               PASS; the serial number is positive",
        "7FFFFFFFFFFFFFFFFF; PASS; the serial number is positive",
        "00;                 WARN; the serial number is zero",
        "FF;                 WARN; the serial number is negative",
        "80;                 WARN; the serial number is negative",
        "F000;               WARN; the serial number is negative"
      })
  void givenSerial_evaluate_warnsOnZeroOrNegative(
      String hex, FindingStatus status, String message) {
    assertFinding(
        new PositiveSerialNumber(),
        ContextBuilder.external().leaf(l -> l.serialNumber(hex)),
        status,
        message);
  }

  @Test
  void givenARequest_evaluate_isNotApplicable() {
    assertFinding(
        new PositiveSerialNumber(),
        ContextBuilder.external().request(),
        FindingStatus.NOT_APPLICABLE,
        "a certificate request has no serial number");
  }

  @Test
  void givenANegativeSerial_evaluate_showsItsValueAndTheExpectation() {
    Finding finding =
        assertFinding(
            new PositiveSerialNumber(),
            ContextBuilder.external().leaf(l -> l.serialNumber("FF")),
            FindingStatus.WARN,
            "negative");
    assertThat(finding.expected()).isEqualTo("a positive integer");
    assertThat(finding.actual()).isEqualTo("-1 (0xFF)");
    assertThat(finding.severity()).isEqualTo(Severity.SHOULD);
  }
}
