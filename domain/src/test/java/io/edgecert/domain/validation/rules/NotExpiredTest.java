package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.testing.FactsBuilder.NOT_AFTER;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;

import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("GEN-VALID-002")
class NotExpiredTest {

  @ParameterizedTest(name = "notAfter {0}s -> {1}")
  @CsvSource({
    "-1,    PASS, has not expired",
    "0,     PASS, has not expired",
    "1,     FAIL, expired at 2026-01-01T00:00:00Z",
    "86400, FAIL, expired at"
  })
  void givenInstantAroundNotAfter_evaluate_failsFromOneSecondAfterIt(
      long offsetSeconds, FindingStatus status, String message) {
    assertFinding(
        new NotExpired(),
        ContextBuilder.external().at(NOT_AFTER.plusSeconds(offsetSeconds)),
        status,
        message);
  }

  @Test
  void givenRequest_evaluate_isNotApplicable() {
    assertFinding(
        new NotExpired(),
        ContextBuilder.external().request(),
        FindingStatus.NOT_APPLICABLE,
        "a certificate request has no validity period");
  }
}
