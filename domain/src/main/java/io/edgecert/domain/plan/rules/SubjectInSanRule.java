package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.plan.SanOrder;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;

/**
 * EXT-SAN-001 (S01-S08, S13, K1): the subject name is replicated in the SAN, because TLS reads the
 * SAN and ignores the subject.
 */
public final class SubjectInSanRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_SAN_001;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return true;
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.externalSide()
        .forEach(
            c ->
                c.addSan(
                    c.subjectName(),
                    "subject name, replicated in the SAN because TLS checks SAN entries",
                    id(),
                    SanOrder.SUBJECT));
  }
}
