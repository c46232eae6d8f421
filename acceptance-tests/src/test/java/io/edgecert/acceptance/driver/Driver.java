package io.edgecert.acceptance.driver;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * How the steps reach edgecert: through the use cases, the command line or the REST API. Every
 * driver answers with the same neutral {@link Outcome}, so the steps never know which one runs.
 */
public interface Driver {

  /** Plans the certificates of {@code topology}, judging dated advisories as of {@code asOf}. */
  Outcome plan(TopologyText topology, LocalDate asOf);

  /**
   * Validates {@code certificates} against the plan of {@code topology} at the instant {@code at}.
   */
  Outcome validate(
      TopologyText topology, List<CertificateInput> certificates, Trust trust, Instant at);

  /** Probes the live endpoints of {@code topology} as {@code inputs} say. */
  Outcome probe(TopologyText topology, ProbeInputs inputs);
}
