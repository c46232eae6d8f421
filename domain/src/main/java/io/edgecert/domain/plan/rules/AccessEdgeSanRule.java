package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.plan.SanOrder;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.EdgeLayout;
import io.edgecert.domain.topology.Topology;

/**
 * EXT-SAN-002 (S13, S01-S08): the SAN contains the Access Edge external FQDN (or the Access VIP
 * FQDN with HLB).
 */
public final class AccessEdgeSanRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_SAN_002;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return true;
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    String reason =
        topology.edge().layout() == EdgeLayout.SCALED_HLB
            ? "Access Edge external VIP FQDN (HLB-003)"
            : "Access Edge external FQDN";
    plan.external()
        .addSan(topology.edge().accessEdge().normalized(), reason, id(), SanOrder.SUBJECT);
  }
}
