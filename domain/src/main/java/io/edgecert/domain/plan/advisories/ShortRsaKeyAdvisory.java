package io.edgecert.domain.plan.advisories;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.RsaKeySizes;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.Optional;

/**
 * GEN-KEY-002 (S10, S16, S17): RSA keys of 2048 bits or more are recommended; 1024 bits draws a
 * warning.
 */
public final class ShortRsaKeyAdvisory implements AdvisoryRule {

  @Override
  public RuleId id() {
    return RuleId.GEN_KEY_002;
  }

  @Override
  public Optional<Advisory> advise(Topology topology, LocalDate asOf) {
    if (topology.certificates().keyAlgorithm().isElliptic()
        || topology.certificates().keySize() >= RsaKeySizes.RECOMMENDED) {
      return Optional.empty();
    }
    return Optional.of(
        Advisory.of(
            id(),
            "RSA "
                + topology.certificates().keySize()
                + "-bit keys are below the recommended 2048 bits; public CAs no longer issue them"));
  }
}
