package io.edgecert.domain.plan.advisories;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.Optional;

/**
 * POOL-003 (K1): Skype for Business supports up to 12 Edge Servers per pool; Topology Builder
 * accepts 20, untested.
 */
public final class PoolSizeAdvisory implements AdvisoryRule {

  private static final int SUPPORTED = 12;

  @Override
  public RuleId id() {
    return RuleId.POOL_003;
  }

  @Override
  public Optional<Advisory> advise(Topology topology, LocalDate asOf) {
    int servers = topology.edge().servers().size();
    if (!topology.product().isSkypeForBusiness() || servers <= SUPPORTED) {
      return Optional.empty();
    }
    return Optional.of(
        Advisory.of(
            id(),
            "The pool has "
                + servers
                + " Edge Servers; Skype for Business supports at most "
                + SUPPORTED
                + " per pool"));
  }
}
