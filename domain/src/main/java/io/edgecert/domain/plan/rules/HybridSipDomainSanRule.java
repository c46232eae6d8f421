package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.plan.SanOrder;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.topology.Topology;
import java.util.List;

/**
 * SIPDOM-006 (K6): for cloud consolidation every SIP domain that exists only online needs
 * sip.&lt;domain&gt; in the SAN before users move; the tenant's onmicrosoft.com domain gets a note
 * instead, since Microsoft serves it.
 */
public final class HybridSipDomainSanRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.SIPDOM_006;
  }

  /** The tenant's own domain: a genuine online SIP domain, but never an Edge SAN (SIPDOM-006). */
  public static final Fqdn ONMICROSOFT = Fqdn.of("onmicrosoft.com");

  @Override
  public boolean appliesTo(Topology topology) {
    return !topology.hybridOnlineSipDomains().isEmpty();
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    List<Fqdn> domains = topology.hybridOnlineSipDomains();
    for (int i = 0; i < domains.size(); i++) {
      String domain = domains.get(i).normalized();
      Fqdn written = domains.get(i);
      if (written.isAtOrBelow(ONMICROSOFT)) {
        plan.external()
            .note(
                written
                    + " is the tenant's onmicrosoft.com domain: an online SIP"
                    + " domain that Microsoft serves, so the external certificate carries no sip.<domain>"
                    + " name for it (SIPDOM-006)");
        continue;
      }
      plan.external()
          .addSan(
              "sip." + domain,
              "online-only SIP domain " + written + " (hybrid cloud consolidation)",
              id(),
              SanOrder.hybrid(i));
    }
  }
}
