package io.edgecert.domain.planning;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.plan.advisories.AdvisoryRules;
import io.edgecert.domain.plan.rules.PlanningRules;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Computes the certificates a valid topology needs by applying the planning rules in order
 * (appendix Y of the reference), then the advisories as of a date. It lives apart from the plan
 * model so that the rule packages depend on the model and the planner on both, without a cycle.
 */
public final class Planner {

  private Planner() {}

  /** The plan of a topology that {@link io.edgecert.domain.topology.TopologyValidator} accepted. */
  public static CertificatePlan plan(Topology topology, LocalDate asOf) {
    PlanDraft draft = PlanDraft.startFrom(topology);
    for (PlanningRule rule : PlanningRules.ALL) {
      if (rule.appliesTo(topology)) {
        rule.apply(topology, draft);
      }
    }
    List<Advisory> advisories =
        AdvisoryRules.ALL.stream()
            .map(rule -> rule.advise(topology, asOf))
            .flatMap(Optional::stream)
            .toList();
    return new CertificatePlan(topology.product(), asOf, draft.build(), advisories);
  }
}
