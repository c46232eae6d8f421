package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.EdgeLayout;
import io.edgecert.domain.topology.Topology;

/**
 * POOL-001 (S23, S04, S05): a DNS-load-balanced pool's certificates carry only the pool names,
 * never the member names.
 */
public final class DnsPoolNamesRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.POOL_001;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return topology.edge().layout() == EdgeLayout.SCALED_DNS;
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.all()
        .forEach(
            c ->
                c.note(
                    "DNS load balancing: the certificate carries the pool names only, "
                        + "never the names of the member servers (POOL-001)"));
  }
}
