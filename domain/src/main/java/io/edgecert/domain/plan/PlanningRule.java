package io.edgecert.domain.plan;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;

/** A rule of the reference that shapes the certificates a topology needs. */
public interface PlanningRule {

  /** The catalogue entry this rule implements. */
  RuleId id();

  /** Whether the rule applies to this topology. */
  boolean appliesTo(Topology topology);

  /** Shapes the draft; called only when {@link #appliesTo} is true. */
  void apply(Topology topology, PlanDraft plan);
}
