package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;

/**
 * GEN-ENR-001 (S10, K2, K3): Edge Servers cannot use certificate auto-enrollment, so every Edge
 * certificate is requested offline.
 */
public final class ManualEnrollmentRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.GEN_ENR_001;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return true;
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.all()
        .forEach(
            c ->
                c.note(
                    "Edge Servers cannot use auto-enrollment: request it offline "
                        + "(its Request-CsCertificate line, or the wizard), then import it into the local computer store"));
  }
}
