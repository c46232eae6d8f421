package io.edgecert.domain.validation;

import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.AlsoServes;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.topology.Topology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pool section: in an Edge pool every member holds the identical certificate and key of each
 * role (EXT-POOL-001 for the external and A/V Authentication certificates, AV-002's shared key
 * included; INT-POOL-001 for the internal one). For each role given as several members' copies, or
 * with a member named, lists who holds what and fails when the copies differ, saying in what
 * ({@link PoolComparison}, which the probe's pool rules use too).
 */
@AlsoServes(RuleId.AV_002)
public final class PoolIdentity {

  /**
   * The rules the pool section reports: EXT-POOL-001 (external and A/V Authentication copies, whose
   * shared key AV-002 asks for) and INT-POOL-001 (internal copies).
   */
  public static final List<RuleId> RULES = List.of(RuleId.EXT_POOL_001, RuleId.INT_POOL_001);

  private PoolIdentity() {}

  /** The pool section of a run; empty for a single Edge Server. */
  public static List<PoolRole> of(Topology topology, List<PoolCopy> copies) {
    if (!topology.isPool()) {
      return List.of();
    }
    Map<CertificateRole, List<PoolCopy>> byRole = new LinkedHashMap<>();
    copies.stream()
        .filter(copy -> !copy.evidence().request())
        .forEach(copy -> byRole.computeIfAbsent(copy.role(), r -> new ArrayList<>()).add(copy));
    List<PoolRole> section = new ArrayList<>();
    byRole.forEach(
        (role, ofRole) -> {
          boolean named = ofRole.stream().anyMatch(copy -> copy.member() != null);
          if (ofRole.size() > 1 || named) {
            section.add(role(topology, role, ofRole));
          }
        });
    return section;
  }

  private static PoolRole role(Topology topology, CertificateRole role, List<PoolCopy> ofRole) {
    List<MemberCopy> copies = ofRole.stream().map(PoolIdentity::copy).toList();
    List<CertificateFacts> leaves = ofRole.stream().map(copy -> copy.evidence().leaf()).toList();
    List<String> missing =
        topology.edge().servers().stream()
            .map(Fqdn::toString)
            .filter(server -> copies.stream().noneMatch(c -> Fqdn.same(c.member(), server)))
            .toList();
    return new PoolRole(role, copies, missing, finding(role, copies, leaves, missing));
  }

  private static MemberCopy copy(PoolCopy copy) {
    CertificateFacts leaf = copy.evidence().leaf();
    String file = copy.evidence().file();
    return new MemberCopy(
        copy.member() != null ? copy.member() : file,
        file,
        leaf.sha1Thumbprint(),
        PoolComparison.keyDescription(leaf),
        leaf.publicKey().sha256(),
        leaf.issuerDn(),
        leaf.serialNumber(),
        leaf.notAfter());
  }

  private static Finding finding(
      CertificateRole role,
      List<MemberCopy> copies,
      List<CertificateFacts> leaves,
      List<String> missing) {
    RuleId rule = role == CertificateRole.INTERNAL ? RuleId.INT_POOL_001 : RuleId.EXT_POOL_001;
    String expected = "one certificate and key on every member";
    String actual = PoolText.holdings(copies);
    String absent =
        missing.isEmpty() ? "" : "; no copy was given for " + String.join(", ", missing);
    List<String> differences = PoolComparison.differingAspects(leaves);
    if (copies.size() < 2) {
      return Finding.notApplicable(
          rule, "only one member's copy was given, so there is nothing to compare" + absent);
    }
    if (differences.isEmpty()) {
      return Finding.pass(
          rule, "every member holds the same certificate and key" + absent, expected, actual);
    }
    return Finding.broken(
        rule,
        "the members hold different certificates: "
            + actual
            + "; they differ in "
            + String.join(", ", differences)
            + (role == CertificateRole.INTERNAL
                ? ""
                : " (MRAS tokens signed on one member fail on another, AV-002)")
            + ": request the certificate once and import the same PFX on every member"
            + absent,
        expected,
        actual);
  }
}
