package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.plan.SanOrder;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.EdgeLayout;
import io.edgecert.domain.topology.Topology;

/**
 * EXT-SAN-003 (S13, S16, S01-S08, K1): the SAN contains the Web Conferencing Edge external FQDN (or
 * its VIP FQDN).
 */
public final class WebConferencingSanRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_SAN_003;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return true;
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    String reason =
        topology.edge().layout() == EdgeLayout.SCALED_HLB
            ? "Web Conferencing Edge external VIP FQDN (HLB-003)"
            : "Web Conferencing Edge external FQDN";
    plan.external()
        .addSan(
            topology.edge().webConferencingEdge().normalized(),
            reason,
            id(),
            SanOrder.WEB_CONFERENCING);
  }
}
