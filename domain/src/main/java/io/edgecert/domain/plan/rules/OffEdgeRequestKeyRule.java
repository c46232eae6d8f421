package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;

/**
 * EXT-KEY-003 (S13, S17, S18): a key requested on another machine than the Edge Server that uses it
 * must be exportable, external and internal alike.
 */
public final class OffEdgeRequestKeyRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_KEY_003;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return topology.certificates().requestedOffEdge();
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.all().forEach(c -> c.requireExportableKey());
  }
}
