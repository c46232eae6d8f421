package io.edgecert.domain.probe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.probe.Member;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.FactsBuilder;
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
    assertThat(rule.role()).isEqualTo(CertificateRole.EXTERNAL);
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
  void givenTheFirstMemberInTheMinority_evaluate_judgesAgainstTheCertificateMostMembersPresent() {
    List<Finding> findings =
        rule.evaluate(
            List.of(member(".2", OLD, "K2"), member(".3", LEAF, "K"), member(".4", LEAF, "K")));

    String expected = "thumbprint " + LEAF.sha1Thumbprint() + " on all 3 members";
    assertThat(findings)
        .extracting(Finding::status, Finding::message, Finding::expected, Finding::actual)
        .containsExactly(
            tuple(
                FindingStatus.FAIL,
                "sip.contoso.com:5061/tls [127.0.0.2] presents another certificate than 127.0.0.3:"
                    + " serial 02 instead of 01;"
                    + " not-after 2025-06-01T00:00:00Z instead of 2026-01-01T00:00:00Z",
                expected,
                "thumbprint FFFF"),
            tuple(
                FindingStatus.PASS,
                "sip.contoso.com:5061/tls [127.0.0.3] presents the pool's certificate",
                expected,
                "thumbprint " + LEAF.sha1Thumbprint()),
            tuple(
                FindingStatus.PASS,
                "sip.contoso.com:5061/tls [127.0.0.4] presents the pool's certificate",
                expected,
                "thumbprint " + LEAF.sha1Thumbprint()));
  }

  @Test
  void givenOtherNamesKeyAndIssuer_differences_namesEachWithBothValues() {
    CertificateFacts other =
        FactsBuilder.external()
            .dnsNames("sip.contoso.com", "sip2.contoso.com")
            .rsa(4096)
            .issuer("CN=Other CA")
            .build();

    assertThat(PoolMembersIdentical.differences(other, LEAF))
        .isEqualTo(
            "SANs sip.contoso.com, sip2.contoso.com instead of sip.contoso.com;"
                + " key RSA 4096 instead of RSA 2048;"
                + " issuer CN=Other CA instead of "
                + LEAF.issuerDn());
    assertThat(PoolMembersIdentical.differences(LEAF, LEAF)).isEqualTo("another thumbprint");
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
