package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;

/**
 * EXT-SUBJECT-001 (S01-S08, S13, K1): the external subject is the Access Edge external FQDN (the
 * VIP FQDN with HLB, HLB-003); a decoupled A/V certificate reuses it (AV-003).
 */
public final class ExternalSubjectRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_SUBJECT_001;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return true;
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.externalSide().forEach(c -> c.subject(topology.edge().accessEdge().normalized()));
  }
}
