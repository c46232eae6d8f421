package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;
import java.util.Set;

/** XMPP-001: each XMPP SAN the plan calls for is on the external certificate (S01, S07). */
final class XmppDomainsInSan implements CertificateRule {

  @Override
  public RuleId id() {
    return RuleId.XMPP_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Preconditions.EXTERNAL_NAMES,
        Precondition.when(
            c -> !plannedXmppNames(c).isEmpty(),
            "the plan calls for no XMPP SAN (no XMPP federation, or SfB 2019: XMPP-009)"));
  }

  @Override
  public Finding check(ValidationContext context) {
    return SanPresence.requireAll(
        id(), context, plannedXmppNames(context), "every planned XMPP domain name");
  }

  /** The planned SANs that are XMPP names of the topology's XMPP domains. */
  private static List<String> plannedXmppNames(ValidationContext context) {
    Set<String> xmpp = XmppNames.of(XmppNames.domains(context.topology()));
    return context.plannedNames().stream().filter(xmpp::contains).toList();
  }
}
