package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;

/**
 * INT-SUBJECT-001 (S02-S06, S13, S25, S23): the internal subject is the Edge internal FQDN (pool
 * FQDN, or internal VIP FQDN with HLB); INT-SAN-001: no SAN is required.
 */
public final class InternalSubjectRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.INT_SUBJECT_001;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return true;
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.internal().subject(topology.edge().internal().normalized());
    plan.internal()
        .note(
            "No SAN required: only the subject name is used on the internal interface "
                + "(INT-SAN-001)");
  }
}
