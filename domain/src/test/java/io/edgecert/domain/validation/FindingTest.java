package io.edgecert.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.rules.RuleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindingTest {

  @ParameterizedTest(name = "{0} broken -> {1}")
  @CsvSource({
    "GEN_VALID_002, FAIL, true",
    "GEN_VALID_003, WARN, false",
    "GEN_KEY_003,   WARN, false"
  })
  void givenBrokenRule_broken_failsMustRulesAndWarnsOthers(
      RuleId rule, FindingStatus status, boolean breaksVerdict) {
    Finding finding = Finding.broken(rule, "message", "expected", "actual");

    assertThat(finding.status()).isEqualTo(status);
    assertThat(finding.severity()).isEqualTo(rule.severity());
    assertThat(finding.sources()).isEqualTo(rule.sourceList());
    assertThat(finding.breaksVerdict()).isEqualTo(breaksVerdict);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"GEN_VALID_002", "EXT_SAN_005"})
  void givenRule_notApplicable_carriesTheReasonAndNeverBreaksTheVerdict(RuleId rule) {
    Finding finding = Finding.notApplicable(rule, "why not");

    assertThat(finding.status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
    assertThat(finding.message()).isEqualTo("why not");
    assertThat(finding.breaksVerdict()).isFalse();
  }
}
