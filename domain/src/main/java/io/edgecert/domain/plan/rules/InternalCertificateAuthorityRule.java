package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.CertificateAuthorityKind;
import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;

/**
 * INT-CA-001 (S02-S06, S13, S17, S18, K1): the internal certificate may come from an internal
 * enterprise CA or a public CA; an internal CA is recommended to save cost.
 */
public final class InternalCertificateAuthorityRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.INT_CA_001;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return true;
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.internal().authority(CertificateAuthorityKind.PUBLIC_OR_PRIVATE);
    plan.internal()
        .note(
            "An internal enterprise CA is recommended (public CAs work too); import its "
                + "chain into Trusted Root Certification Authorities on every Edge Server (GEN-STORE-002)");
  }
}
