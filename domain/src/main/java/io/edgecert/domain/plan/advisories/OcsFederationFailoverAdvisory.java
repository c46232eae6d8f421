package io.edgecert.domain.plan.advisories;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.EdgeLayout;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.Optional;

/**
 * FED-005 (S21, S24): federation with OCS 2007 / 2007 R2 partners fails over only with hardware
 * load balancing, since those partners do not understand DNS load balancing.
 */
public final class OcsFederationFailoverAdvisory implements AdvisoryRule {

  @Override
  public RuleId id() {
    return RuleId.FED_005;
  }

  @Override
  public Optional<Advisory> advise(Topology topology, LocalDate asOf) {
    if (!topology.federation().sip() || topology.edge().layout() != EdgeLayout.SCALED_DNS) {
      return Optional.empty();
    }
    return Optional.of(
        Advisory.of(
            id(),
            "Federated partners on OCS 2007 or "
                + "2007 R2 do not understand DNS load balancing: they get no failover from this pool"));
  }
}
