package io.edgecert.domain.plan;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.Optional;

/** A rule that adds a plan-wide advisory, evaluated as of a date. */
public interface AdvisoryRule {

  /** The catalogue entry this advisory speaks for. */
  RuleId id();

  /** The advisory for this topology as of {@code asOf}, or empty when it has nothing to say. */
  Optional<Advisory> advise(Topology topology, LocalDate asOf);
}
