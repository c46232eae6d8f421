package io.edgecert.domain.probe.rules;

import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.probe.AddressLiteral;
import io.edgecert.domain.probe.Member;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.validation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DNS-SAN-001 (FQDN-004, SIPDOM-002, XMPP-005): the name a peer reaches the endpoint by (the host
 * it connects to, an SRV target, and for XMPP the XMPP domain) is a SAN of the certificate it
 * presents; a wildcard SAN covers one label. The internal interface is left to INT-SUBJECT-001:
 * only its subject name is used (INT-SAN-001), and a pool's members carry only the pool name.
 */
final class ReachedNameInSan implements MemberRule {
  @Override
  public RuleId id() {
    return RuleId.DNS_SAN_001;
  }

  @Override
  public Finding evaluate(Member member) {
    Optional<CertificateFacts> leaf = member.leaf();
    if (leaf.isEmpty()) {
      return Finding.notApplicable(id(), "no certificate was presented");
    }
    if (member.endpoint().role() == CertificateRole.INTERNAL) {
      return Finding.notApplicable(
          id(),
          "the internal certificate is matched by its subject name (INT-SUBJECT-001), not by SANs"
              + " (INT-SAN-001)");
    }
    List<String> names = new ArrayList<>();
    if (!AddressLiteral.matches(member.endpoint().host())) {
      names.add(member.endpoint().host());
    }
    if (member.endpoint().xmppDomain() != null) {
      names.add(member.endpoint().xmppDomain());
    }
    if (names.isEmpty()) {
      return Finding.notApplicable(id(), "reached by address, not by name");
    }
    List<String> sans = leaf.get().dnsNames();
    List<String> missing = names.stream().filter(name -> !covered(name, sans)).toList();
    String expected = Fqdn.join(names);
    String actual = Fqdn.join(sans);
    if (missing.isEmpty()) {
      return Finding.pass(id(), "the certificate covers " + expected, expected, actual);
    }
    return Finding.broken(
        id(),
        member.label()
            + " presents a certificate without "
            + Fqdn.join(missing)
            + ": peers reaching it by that name reject it",
        expected,
        actual);
  }

  /** Whether a SAN dNSName equals the name or is a wildcard covering exactly its first label. */
  static boolean covered(String name, List<String> sans) {
    String host = Fqdn.normalize(name);
    for (String san : sans) {
      String entry = Fqdn.normalize(san);
      if (entry.equals(host)) {
        return true;
      }
      int dot = host.indexOf('.');
      if (entry.startsWith("*.") && dot > 0 && entry.substring(1).equals(host.substring(dot))) {
        return true;
      }
    }
    return false;
  }
}
