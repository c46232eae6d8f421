package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;

/**
 * INT-POOL-001 (S09, S17, K4): a pool needs one internal certificate with an exportable key,
 * requested once and assigned on the internal interface of every member.
 */
public final class PoolInternalKeyRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.INT_POOL_001;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return topology.isPool();
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.internal().requireExportableKey();
    plan.internal().sharedByPoolMembers();
    plan.internal()
        .note(
            "Request it once, export it with its key and assign it on the internal "
                + "interface of every Edge Server of the pool");
  }
}
