package io.edgecert.domain.probe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.probe.Member;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** INT-POOL-001: the table of {@link InternalPoolMembersIdentical}. */
@Tag("INT-POOL-001")
class InternalPoolMembersIdenticalTest {
  private static final CertificateFacts LEAF = Members.leaf();
  private static final CertificateFacts OTHER =
      Members.variant(LEAF, "EEEE", "07", Instant.parse("2026-03-01T00:00:00Z"));
  private final InternalPoolMembersIdentical rule = new InternalPoolMembersIdentical();

  @Test
  void givenTheRule_itComparesTheInternalCertificateAsIntPool001() {
    assertThat(rule.id()).isEqualTo(RuleId.INT_POOL_001);
    assertThat(rule.role()).isEqualTo(CertificateRole.INTERNAL);
  }

  @Test
  void givenIdenticalInterfaces_evaluate_passesEach() {
    List<Finding> findings =
        rule.evaluate(List.of(member(".2", LEAF, "K"), member(".3", LEAF, "K")));

    assertThat(findings).extracting(Finding::rule).containsOnly(RuleId.INT_POOL_001);
    assertThat(findings).extracting(Finding::status).containsOnly(FindingStatus.PASS);
  }

  @Test
  void givenOneInterfaceWithAnotherCertificate_evaluate_failsItNamingHow() {
    List<Finding> findings =
        rule.evaluate(
            List.of(member(".2", LEAF, "K"), member(".3", LEAF, "K"), member(".4", OTHER, "K2")));

    assertThat(findings)
        .extracting(Finding::status)
        .containsExactly(FindingStatus.PASS, FindingStatus.PASS, FindingStatus.FAIL);
    assertThat(findings.get(2).message()).contains("[127.0.0.4]", "serial 07 instead of 01");
  }

  @Test
  void givenOneInterfaceOnly_evaluate_doesNotApply() {
    List<Finding> findings =
        rule.evaluate(List.of(member(".2", LEAF, "K"), member(".3", null, null)));

    assertThat(findings).extracting(Finding::status).containsOnly(FindingStatus.NOT_APPLICABLE);
  }

  private static Member member(String lastOctet, CertificateFacts leaf, String keyId) {
    return Members.member(Members.INTERNAL, "127.0.0" + lastOctet, Set.of(), null, leaf, keyId);
  }
}
