package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.AlsoServes;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/** XMPP-001: each XMPP SAN the plan calls for is on the external certificate (S01, S07). */
@AlsoServes({RuleId.XMPP_002, RuleId.XMPP_004})
final class XmppDomainsInSan extends RequiredSanCheck {

  @Override
  public RuleId id() {
    return RuleId.XMPP_001;
  }

  /** The SANs the planner put there for XMPP federation (XMPP-001, and XMPP-004's shapes). */
  @Override
  List<String> wanted(ValidationContext context) {
    return List.copyOf(context.plannedNames(RuleId.XMPP_001, RuleId.XMPP_004));
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
