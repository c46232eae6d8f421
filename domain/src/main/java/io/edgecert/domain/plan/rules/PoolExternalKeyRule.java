package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;

/**
 * EXT-KEY-001 and EXT-POOL-001 (S04-S06, S09, S13, S16, K1): in a pool the external certificates
 * have an exportable key and the same certificate and key are assigned on every Edge Server.
 */
public final class PoolExternalKeyRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_KEY_001;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return topology.isPool();
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.externalSide()
        .forEach(
            c -> {
              c.requireExportableKey();
              c.sharedByPoolMembers();
              c.note(
                  "Export it with its private key and import and assign the identical certificate on "
                      + "every Edge Server of the pool (same thumbprint)");
            });
  }
}
