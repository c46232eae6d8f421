package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.EdgeLayout;
import io.edgecert.domain.topology.Product;
import io.edgecert.domain.topology.Topology;

/** HLB-003 (S13, S25, S23): behind hardware load balancers the certificates carry the VIP FQDNs. */
public final class HardwareLoadBalancerNamesRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.HLB_003;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return topology.edge().layout() == EdgeLayout.SCALED_HLB;
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.all()
        .forEach(
            c ->
                c.note(
                    "Hardware load balancing: the names are the VIP FQDNs, each "
                        + "resolving to one virtual IP address (HLB-003)"));
    if (topology.product() == Product.LYNC_2013) {
      plan.all()
          .forEach(
              c ->
                  c.note(
                      "The documentation page S06 labels this row \"Single "
                          + "consolidated Edge Server\" although the topology is scaled (AMB-10)"));
    }
  }
}
