package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.CertificateDraft;
import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.plan.SanOrder;
import io.edgecert.domain.rules.AlsoServes;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.XmppFederation;
import io.edgecert.domain.topology.XmppSanStyle;
import io.edgecert.domain.work.WorkBudget;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * XMPP-001 and XMPP-002 (S01, S07): each XMPP-enabled domain is a SAN of the Access Edge
 * certificate, placed after the {@code sip.<domain>} of the SIP domain it belongs to; with the
 * host-and-wildcard style of the summary tables (XMPP-004, S02-S06, K1) it is {@code xmpp.<d>} plus
 * {@code *.<d>}.
 */
@AlsoServes({RuleId.XMPP_002, RuleId.XMPP_004})
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
    List<Fqdn> domains = xmpp.domains();
    Map<String, Integer> sipIndex = firstIndexOf(topology.sipDomains());
    for (int j = 0; j < domains.size(); j++) {
      String domain = domains.get(j).normalized();
      SanOrder place = placeOf(sipIndex, domain, j);
      if (xmpp.sanStyle() == XmppSanStyle.HOST_AND_WILDCARD) {
        addHostAndWildcard(plan.external(), domain, place);
      } else {
        plan.external()
            .addSan(
                domain,
                "XMPP federation namespace "
                    + domains.get(j)
                    + (sipIndex.containsKey(domain)
                        ? " (root domain: every user of it)"
                        : " (child domain: its users only)"),
                id(),
                place);
      }
    }
  }

  private static void addHostAndWildcard(CertificateDraft external, String domain, SanOrder place) {
    external.addSan(
        "xmpp." + domain,
        "XMPP federation host of "
            + domain
            + " (the _xmpp-server._tcp SRV target; host-and-wildcard style)",
        RuleId.XMPP_004,
        place);
    external.addSan(
        "*." + domain,
        "XMPP federation for every domain with the suffix "
            + domain
            + " (host-and-wildcard style of the summary tables; see WILD-002)",
        RuleId.XMPP_004,
        place);
  }

  /** Each SIP domain, normalized, with the index of its first listing. */
  private static Map<String, Integer> firstIndexOf(List<Fqdn> sipDomains) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < sipDomains.size(); i++) {
      WorkBudget.step();
      index.putIfAbsent(sipDomains.get(i).normalized(), i);
    }
    return index;
  }

  /**
   * Under the first-listed SIP domain that the XMPP domain is at or below: one look-up per label of
   * the XMPP domain, not one comparison per SIP domain (5,000 SIP x 10,000 XMPP domains stay
   * linear).
   */
  private static SanOrder placeOf(Map<String, Integer> sipIndex, String xmppDomain, int item) {
    int first = Integer.MAX_VALUE;
    for (String suffix = xmppDomain; suffix != null; suffix = parentOf(suffix)) {
      WorkBudget.step();
      Integer index = sipIndex.get(suffix);
      if (index != null && index < first) {
        first = index;
      }
    }
    return first == Integer.MAX_VALUE ? SanOrder.xmppAlone(item) : SanOrder.xmppUnder(first, item);
  }

  private static String parentOf(String domain) {
    int dot = domain.indexOf('.');
    return dot < 0 ? null : domain.substring(dot + 1);
  }
}
