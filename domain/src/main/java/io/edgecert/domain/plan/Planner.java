package io.edgecert.domain.plan;

import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;

/** Computes the certificates a valid topology needs (appendix Y of the reference). */
public final class Planner {

  private Planner() {}

  public static CertificatePlan plan(Topology topology, LocalDate asOf) {
    throw new UnsupportedOperationException("TODO(lead): being written");
  }
}
