package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.testing.FactsBuilder.NOT_BEFORE;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;

import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("GEN-VALID-001")
class AlreadyValidTest {

  @ParameterizedTest(name = "notBefore {0}s -> {1}")
  @CsvSource({
    "-86400, FAIL, not valid until 2025-01-01T00:00:00Z",
    "-1,     FAIL, not valid until",
    "0,      PASS, has begun",
    "1,      PASS, has begun"
  })
  void givenInstantAroundNotBefore_evaluate_failsOnlyBeforeIt(
      long offsetSeconds, FindingStatus status, String message) {
    assertFinding(
        new AlreadyValid(),
        ContextBuilder.external().at(NOT_BEFORE.plusSeconds(offsetSeconds)),
        status,
        message);
  }

  @Test
  void givenRequest_evaluate_isNotApplicable() {
    assertFinding(
        new AlreadyValid(),
        ContextBuilder.internal().request(),
        FindingStatus.NOT_APPLICABLE,
        "a certificate request has no validity period");
  }
}
