package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;

/**
 * GEN-EKU-001 (S10, S01-S06, S08, K1, K2): every Edge certificate, external and internal, carries
 * the Server Authentication EKU.
 */
public final class ServerAuthenticationRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.GEN_EKU_001;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return true;
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.all().forEach(c -> c.addEku(ExtendedKeyUsage.SERVER_AUTH));
  }
}
