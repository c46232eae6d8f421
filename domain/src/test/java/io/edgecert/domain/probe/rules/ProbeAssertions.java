package io.edgecert.domain.probe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.probe.Member;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;

/** Asserts one member rule's finding: status, rule id and a part of the message. */
final class ProbeAssertions {

  private ProbeAssertions() {}

  static void assertFinding(MemberRule rule, Member member, FindingStatus status, String message) {
    Finding finding = rule.evaluate(member);
    assertThat(finding.status()).as(finding.message()).isEqualTo(status);
    assertThat(finding.message()).contains(message);
    assertThat(finding.rule()).isEqualTo(rule.id());
  }
}
