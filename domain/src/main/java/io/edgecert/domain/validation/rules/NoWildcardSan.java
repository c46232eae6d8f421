package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;
import java.util.Set;

/**
 * WILD-002: the external certificate does not rely on wildcard SANs (S09, S11). Product decision: a
 * fail, except {@code *.<xmpp domain>} with the host-and-wildcard XMPP style, a warning (AMB-03).
 */
final class NoWildcardSan implements CertificateRule {

  private static final String EXPECTED = "explicit names only";

  @Override
  public RuleId id() {
    return RuleId.WILD_002;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Preconditions.EXTERNAL_NAMES);
  }

  @Override
  public Finding check(ValidationContext context) {
    List<String> wildcards = context.certificateNames().stream().filter(Fqdn::isWildcard).toList();
    if (wildcards.isEmpty()) {
      return Finding.pass(id(), "the SAN has no wildcard", EXPECTED, "(no wildcard)");
    }
    String actual = Fqdn.join(wildcards);
    Set<String> tolerated = XmppNames.toleratedWildcards(context.topology());
    List<String> refused = wildcards.stream().filter(name -> !tolerated.contains(name)).toList();
    if (!refused.isEmpty()) {
      return Finding.broken(
          id(),
          "the external certificate relies on wildcard SANs: "
              + Fqdn.join(refused)
              + "; each SIP domain, the Web Conferencing Edge and each XMPP domain needs its own"
              + " explicit SAN",
          EXPECTED,
          actual);
    }
    return Finding.of(
        id(),
        FindingStatus.WARN,
        "the wildcard SAN "
            + actual
            + " is tolerated because the topology chose host-and-wildcard"
            + " XMPP SANs; test UC devices with it (WILD-005)",
        EXPECTED,
        actual);
  }
}
