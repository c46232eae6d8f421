package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.rules.AlsoServes;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;

/**
 * AV-005 and AV-002 (S09, S12, S13, K1): a decoupled A/V Authentication certificate is exportable
 * and identical on every Edge of the pool; on a single Edge the service still needs an exportable
 * key (S13).
 */
@AlsoServes(RuleId.AV_002)
public final class AvPoolKeyRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.AV_005;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return topology.certificates().separateAvAuthentication();
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.avAuthentication().ifPresent(av -> av.requireExportableKey());
  }
}
