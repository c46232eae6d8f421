package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;
import java.util.Set;

/** XMPP-001: each XMPP SAN the plan calls for is on the external certificate (S01, S07). */
final class XmppDomainsInSan extends RequiredSanCheck {

  @Override
  public RuleId id() {
    return RuleId.XMPP_001;
  }

  /** The planned SANs that are XMPP names of the topology's XMPP domains. */
  @Override
  List<String> wanted(ValidationContext context) {
    Set<String> xmpp = XmppNames.of(XmppNames.domains(context.topology()));
    return context.plannedNames().stream().filter(xmpp::contains).toList();
  }

  @Override
  String what() {
    return "the planned XMPP domain names";
  }

  @Override
  String counted() {
    return "planned XMPP domain name";
  }

  @Override
  String nothingWanted() {
    return "the plan calls for no XMPP SAN (no XMPP federation, or SfB 2019: XMPP-009)";
  }
}
