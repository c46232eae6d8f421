package io.edgecert.application.service;

import io.edgecert.application.port.in.PlanCommand;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.planning.Planner;
import java.time.Clock;
import java.time.LocalDate;

/** Plans the certificates of a topology read through the topology reader. */
public final class PlanService implements PlanUseCase {
  private final TopologyLoader loader;
  private final Clock clock;

  public PlanService(TopologyReader reader, Clock clock) {
    this.loader = new TopologyLoader(reader);
    this.clock = clock;
  }

  @Override
  public CertificatePlan plan(PlanCommand command) {
    LocalDate asOf = command.asOf() != null ? command.asOf() : LocalDate.now(clock);
    return Planner.plan(loader.load(command.topology()), asOf);
  }
}
