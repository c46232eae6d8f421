package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.testing.FactsBuilder.NOT_AFTER;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;

import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("GEN-VALID-003")
class ExpiryWindowTest {

  @ParameterizedTest(name = "{1}s before notAfter, window {0} days -> {2}")
  @CsvSource({
    "30, 5184000, PASS,           does not expire within 30 days",
    "30, 2592001, PASS,           does not expire within 30 days",
    "30, 2592000, WARN,           expires in 30 days",
    "30, 86400,   WARN,           expires in 1 days",
    "30, 0,       WARN,           expires in 0 days",
    "7,  864000,  PASS,           within 7 days",
    "7,  604800,  WARN,           warning window is 7 days",
    "0,  1,       PASS,           within 0 days",
    "0,  0,       WARN,           expires in 0 days",
    "30, -1,      NOT_APPLICABLE, already expired (GEN-VALID-002)"
  })
  void givenTimeLeft_evaluate_warnsWithinTheWindow(
      int windowDays, long secondsLeft, FindingStatus status, String message) {
    assertFinding(
        new ExpiryWindow(),
        ContextBuilder.external()
            .warningDays(windowDays)
            .at(NOT_AFTER.minus(Duration.ofSeconds(secondsLeft))),
        status,
        message);
  }

  @Test
  void givenRequest_evaluate_isNotApplicable() {
    assertFinding(
        new ExpiryWindow(),
        ContextBuilder.external().request(),
        FindingStatus.NOT_APPLICABLE,
        "a certificate request has no validity period");
  }
}
