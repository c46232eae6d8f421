package io.edgecert.domain.plan.advisories;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.KeyAlgorithm;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.Optional;

/**
 * GEN-KEY-003 (S10, P1): ECDH keys are accepted by Request-CsCertificate, but they live only in a
 * CNG/KSP provider, which Lync 2010/2013 reportedly reject (GEN-KEY-005).
 */
public final class EllipticKeyAdvisory implements AdvisoryRule {

  @Override
  public RuleId id() {
    return RuleId.GEN_KEY_003;
  }

  @Override
  public Optional<Advisory> advise(Topology topology, LocalDate asOf) {
    KeyAlgorithm algorithm = topology.certificates().keyAlgorithm();
    if (!algorithm.isElliptic()) {
      return Optional.empty();
    }
    return Optional.of(
        Advisory.of(
            id(),
            algorithm.powerShellName()
                + " keys can only be held by a CNG/KSP provider, which Lync Server reportedly rejects; "
                + "RSA 2048 is the safe choice"));
  }
}
