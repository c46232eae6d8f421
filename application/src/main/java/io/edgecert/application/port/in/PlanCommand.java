package io.edgecert.application.port.in;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Input of {@link PlanUseCase}: the topology and the date advisories are evaluated as of (null:
 * today).
 */
public record PlanCommand(TopologySource topology, LocalDate asOf) {

  public PlanCommand {
    Objects.requireNonNull(topology, "topology");
  }
}
