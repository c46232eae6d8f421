package io.edgecert.domain.probe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.probe.Member;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** EXT-POOL-001: the table of {@link PoolMembersIdentical}, one pool per test. */
@Tag("EXT-POOL-001")
class PoolMembersIdenticalTest {
  private static final CertificateFacts LEAF = Members.leaf("sip.contoso.com");
  private static final CertificateFacts OLD =
      Members.variant(LEAF, "FFFF", "02", Instant.parse("2025-06-01T00:00:00Z"));
  private final PoolMembersIdentical rule = new PoolMembersIdentical();

  @Test
  void givenIdenticalMembers_evaluate_passesEach() {
    List<Finding> findings =
        rule.evaluate(List.of(member(".2", LEAF, "K"), member(".3", LEAF, "K")));
    assertThat(findings)
        .extracting(Finding::status)
        .containsExactly(FindingStatus.PASS, FindingStatus.PASS);
  }

  @Test
  void givenOneMemberDiffers_evaluate_namesItAndHow() {
    List<Finding> findings =
        rule.evaluate(
            List.of(member(".2", LEAF, "K"), member(".3", OLD, "K2"), member(".4", LEAF, "K")));
    assertThat(findings)
        .extracting(Finding::status)
        .containsExactly(FindingStatus.PASS, FindingStatus.FAIL, FindingStatus.PASS);
    assertThat(findings.get(1).message())
        .contains("[127.0.0.3]", "another certificate than 127.0.0.2", "serial 02 instead of 01")
        .contains("not-after 2025-06-01T00:00:00Z instead of 2026-01-01T00:00:00Z");
  }

  @Test
  void givenSameKeyAndIssuer_evaluate_passesWithTheDifference() {
    List<Finding> findings =
        rule.evaluate(List.of(member(".2", LEAF, "K"), member(".3", OLD, "K")));
    assertThat(findings.get(1).status()).isEqualTo(FindingStatus.PASS);
    assertThat(findings.get(1).message()).contains("same key and issuer", "serial 02");
  }

  @Test
  void givenOneMember_evaluate_doesNotApply() {
    List<Finding> findings =
        rule.evaluate(List.of(member(".2", LEAF, "K"), member(".3", null, null)));
    assertThat(findings).extracting(Finding::status).containsOnly(FindingStatus.NOT_APPLICABLE);
  }

  private static Member member(String lastOctet, CertificateFacts leaf, String keyId) {
    return Members.member(Members.FEDERATION, "127.0.0" + lastOctet, Set.of(), null, leaf, keyId);
  }
}
