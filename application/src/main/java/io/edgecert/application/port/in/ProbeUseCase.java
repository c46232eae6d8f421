package io.edgecert.application.port.in;

import io.edgecert.domain.probe.ProbeReport;

/** Driving port: probe the live endpoints a topology implies and judge what they present. */
public interface ProbeUseCase {

  /**
   * Looks up the SRV records, resolves every endpoint to all its addresses, probes each and judges
   * it against the plan.
   *
   * @throws io.edgecert.domain.InvalidInputException for a bad topology or client certificate
   */
  ProbeReport probe(ProbeCommand command);
}
