package io.edgecert.domain.plan.advisories;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.rules.AlsoServes;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.Optional;

/**
 * ROLL-002 (S12): stage a decoupled A/V Authentication certificate with Set-CsCertificate -Roll
 * -EffectiveDate at least 8 hours (the token lifetime) before the current one expires, on every
 * pool member (ROLL-005).
 */
@AlsoServes(RuleId.ROLL_005)
public final class AvStagingAdvisory implements AdvisoryRule {

  @Override
  public RuleId id() {
    return RuleId.ROLL_002;
  }

  @Override
  public Optional<Advisory> advise(Topology topology, LocalDate asOf) {
    if (!topology.certificates().separateAvAuthentication()) {
      return Optional.empty();
    }
    return Optional.of(
        Advisory.of(
            id(),
            "Stage each new A/V Authentication "
                + "certificate with Set-CsCertificate -Type AudioVideoAuthentication -Thumbprint <thumbprint> "
                + "-Roll -EffectiveDate <at least 8 hours before the current one expires>"
                + (topology.isPool()
                    ? ", imported on every Edge Server of the pool before that date"
                    : "")));
  }
}
