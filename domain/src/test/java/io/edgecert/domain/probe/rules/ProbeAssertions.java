package io.edgecert.domain.probe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.probe.Member;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.RuleAssertions;

/**
 * Asserts one member rule's finding: status, rule id, a part of the message and the expected/actual
 * invariants every finding keeps ({@link RuleAssertions#assertExpectedAndActual}).
 */
final class ProbeAssertions {

  private ProbeAssertions() {}

  static Finding assertFinding(
      MemberRule rule, Member member, FindingStatus status, String message) {
    Finding finding = rule.evaluate(member);
    assertThat(finding.status()).as(finding.message()).isEqualTo(status);
    assertThat(finding.message()).contains(message);
    assertThat(finding.rule()).isEqualTo(rule.id());
    RuleAssertions.assertExpectedAndActual(finding);
    return finding;
  }

  /** Also asserts the finding's expected and actual values exactly. */
  static Finding assertFinding(
      MemberRule rule,
      Member member,
      FindingStatus status,
      String expected,
      String actual,
      String message) {
    Finding finding = assertFinding(rule, member, status, message);
    assertThat(finding.expected()).as("expected of " + finding.message()).isEqualTo(expected);
    assertThat(finding.actual()).as("actual of " + finding.message()).isEqualTo(actual);
    return finding;
  }
}
