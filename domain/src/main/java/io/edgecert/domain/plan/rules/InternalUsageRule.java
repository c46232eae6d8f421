package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;

/**
 * INT-USAGE-001 (S09, P1, K4): the internal certificate's usage is Edge Internal (-Type Internal).
 */
public final class InternalUsageRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.INT_USAGE_001;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return true;
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.internal().addUsage(UsageType.INTERNAL);
  }
}
