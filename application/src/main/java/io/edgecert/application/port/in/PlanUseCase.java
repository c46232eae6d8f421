package io.edgecert.application.port.in;

import io.edgecert.domain.plan.CertificatePlan;

/** Driving port: from a topology to the certificates it needs. */
public interface PlanUseCase {

  /**
   * Plans the certificates of the topology.
   *
   * @throws io.edgecert.domain.InvalidInputException listing every problem of the topology
   */
  CertificatePlan plan(PlanCommand command);
}
