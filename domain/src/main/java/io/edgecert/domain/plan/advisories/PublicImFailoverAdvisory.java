package io.edgecert.domain.plan.advisories;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.EdgeLayout;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.Optional;

/**
 * PIC-005 (S24; AMB-19): public IM connectivity in an Edge pool fails over only behind hardware
 * load balancers; a DNS-load-balanced pool may offer it without failover.
 */
public final class PublicImFailoverAdvisory implements AdvisoryRule {

  @Override
  public RuleId id() {
    return RuleId.PIC_005;
  }

  @Override
  public Optional<Advisory> advise(Topology topology, LocalDate asOf) {
    if (topology.federation().publicIm().isEmpty()
        || topology.edge().layout() != EdgeLayout.SCALED_DNS) {
      return Optional.empty();
    }
    return Optional.of(
        Advisory.of(
            id(),
            "Public IM connectivity on a "
                + "DNS-load-balanced pool has no failover: failover needs hardware load balancing"));
  }
}
