package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.plan.SanOrder;
import io.edgecert.domain.rules.AlsoServes;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.topology.Topology;
import java.util.List;

/**
 * EXT-SAN-004 and SIPDOM-001 (S02-S06, S08, S13, S16, K1): every SIP domain that signs in
 * externally or federates needs sip.&lt;domain&gt; in the SAN; an Edge exists for exactly that, so
 * every SIP domain gets one.
 */
@AlsoServes(RuleId.SIPDOM_001)
public final class SipDomainSanRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_SAN_004;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return true;
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    List<Fqdn> domains = topology.sipDomains();
    for (int i = 0; i < domains.size(); i++) {
      String domain = domains.get(i).normalized();
      Fqdn written = domains.get(i);
      String reason =
          (i == 0 ? "primary SIP domain " : "SIP domain ")
              + written
              + ": external sign-in and federation (_sip._tls and _sipfederationtls._tcp target sip."
              + written
              + ")";
      plan.external().addSan("sip." + domain, reason, id(), SanOrder.sipDomain(i));
    }
  }
}
