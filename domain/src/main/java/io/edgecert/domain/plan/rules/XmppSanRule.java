package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.CertificateDraft;
import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.plan.SanOrder;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.XmppFederation;
import io.edgecert.domain.topology.XmppSanStyle;
import java.util.List;

/**
 * XMPP-001 and XMPP-002 (S01, S07): each XMPP-enabled domain is a SAN of the Access Edge certificate,
 * placed after the {@code sip.<domain>} of the SIP domain it belongs to; with the host-and-wildcard
 * style of the summary tables (XMPP-004, S02-S06, K1) it is {@code xmpp.<d>} plus {@code *.<d>}.
 */
public final class XmppSanRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.XMPP_001;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return topology.federation().hasXmpp();
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    XmppFederation xmpp = topology.federation().xmpp();
    List<String> domains = xmpp.domains();
    for (int j = 0; j < domains.size(); j++) {
      String domain = Fqdn.normalize(domains.get(j));
      SanOrder place = placeOf(topology.sipDomains(), domain, j);
      if (xmpp.sanStyle() == XmppSanStyle.HOST_AND_WILDCARD) {
        addHostAndWildcard(plan.external(), domain, place);
      } else {
        plan.external().addSan(domain, "XMPP federation namespace " + domains.get(j).trim()
            + (isRoot(topology.sipDomains(), domain) ? " (root domain: every user of it)"
                : " (child domain: its users only)"), id(), place);
      }
    }
  }

  private static void addHostAndWildcard(CertificateDraft external, String domain, SanOrder place) {
    external.addSan("xmpp." + domain, "XMPP federation host of " + domain
        + " (the _xmpp-server._tcp SRV target; host-and-wildcard style)", RuleId.XMPP_004, place);
    external.addSan("*." + domain, "XMPP federation for every domain with the suffix " + domain
        + " (host-and-wildcard style of the summary tables; see WILD-002)", RuleId.XMPP_004, place);
  }

  private static SanOrder placeOf(List<String> sipDomains, String xmppDomain, int item) {
    for (int i = 0; i < sipDomains.size(); i++) {
      if (Fqdn.isAtOrBelow(xmppDomain, sipDomains.get(i))) {
        return SanOrder.xmppUnder(i, item);
      }
    }
    return SanOrder.xmppAlone(item);
  }

  private static boolean isRoot(List<String> sipDomains, String xmppDomain) {
    return sipDomains.stream().anyMatch(d -> Fqdn.same(d, xmppDomain));
  }
}
