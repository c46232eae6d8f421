package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.CertificateOptions;
import io.edgecert.domain.topology.Topology;

/**
 * GEN-KEY-003 and GEN-KEY-001 (S10, P1): RSA is the default key algorithm (2048 bits, the wizard
 * default); ECDH_P256/P384/P521 are accepted by -KeyAlg.
 */
public final class KeyAlgorithmRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.GEN_KEY_003;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return true;
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    CertificateOptions options = topology.certificates();
    KeySpec key = new KeySpec(options.keyAlgorithm(), options.keySize());
    plan.all().forEach(c -> c.key(key));
  }
}
