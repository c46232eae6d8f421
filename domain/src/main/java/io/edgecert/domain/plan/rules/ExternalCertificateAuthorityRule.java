package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.CertificateAuthorityKind;
import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;

/**
 * EXT-CA-001 (S01-S08, S13, S18, K1): the external certificates come from a public CA that supports
 * SAN.
 */
public final class ExternalCertificateAuthorityRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_CA_001;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return true;
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.externalSide().forEach(c -> c.authority(CertificateAuthorityKind.PUBLIC));
  }
}
