package io.edgecert.domain.probe.rules;

import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.probe.Member;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.PoolComparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * EXT-POOL-001 (S04-S06, S09, S13, K1): every address a pool name resolves to presents the
 * identical external certificate: the same thumbprint, or at least the same key and issuer. The
 * certificate most members present is the reference; each member that differs is named with how it
 * differs. {@link InternalPoolMembersIdentical} compares the internal interfaces the same way, and
 * both compare as {@code validate} compares members' files: through {@link PoolComparison}.
 */
class PoolMembersIdentical implements PoolRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_POOL_001;
  }

  @Override
  public CertificateRole role() {
    return CertificateRole.EXTERNAL;
  }

  @Override
  public final List<Finding> evaluate(List<Member> members) {
    List<Member> presenting = members.stream().filter(m -> m.leaf().isPresent()).toList();
    if (presenting.size() < 2) {
      String reason = "fewer than two members presented a certificate";
      return members.stream().map(m -> Finding.notApplicable(id(), reason)).toList();
    }
    Member reference = reference(presenting);
    List<Finding> findings = new ArrayList<>();
    for (Member member : members) {
      findings.add(
          member.leaf().isEmpty()
              ? Finding.notApplicable(id(), "this member presented no certificate")
              : compare(member, reference, presenting.size()));
    }
    return findings;
  }

  private Finding compare(Member member, Member reference, int count) {
    CertificateFacts leaf = member.leaf().orElseThrow();
    CertificateFacts expected = reference.leaf().orElseThrow();
    String expectedText =
        "thumbprint " + expected.sha1Thumbprint() + " on all " + count + " members";
    String actual = "thumbprint " + leaf.sha1Thumbprint();
    if (PoolComparison.sameCertificate(leaf, expected)) {
      return Finding.pass(
          id(), member.label() + " presents the pool's certificate", expectedText, actual);
    }
    String differences = differences(leaf, expected);
    if (PoolComparison.sameKeyAndIssuer(leaf, expected)) {
      return Finding.pass(
          id(),
          member.label()
              + " presents another certificate with the same key and issuer ("
              + differences
              + ")",
          expectedText,
          actual);
    }
    return Finding.broken(
        id(),
        member.label()
            + " presents another certificate than "
            + reference.observation().address()
            + ": "
            + differences,
        expectedText,
        actual);
  }

  private static Member reference(List<Member> presenting) {
    Map<String, Long> counts =
        presenting.stream()
            .collect(Collectors.groupingBy(m -> thumbprint(m), Collectors.counting()));
    return presenting.stream()
        .max(
            Comparator.comparingLong((Member m) -> counts.get(thumbprint(m)))
                .thenComparing(m -> -presenting.indexOf(m)))
        .orElseThrow();
  }

  private static String thumbprint(Member member) {
    return String.valueOf(member.leaf().orElseThrow().sha1Thumbprint());
  }

  /**
   * How two certificates differ: SANs, key, issuer, serial and not-after, each only when it differs
   * ({@link PoolComparison#differences}).
   */
  static String differences(CertificateFacts actual, CertificateFacts expected) {
    return PoolComparison.differences(actual, expected);
  }
}
