package io.edgecert.application.port.out;

import io.edgecert.domain.probe.Endpoint;
import io.edgecert.domain.probe.Observation;

/**
 * Driven port: connects to one address of an endpoint (SNI set to the endpoint's host), records the
 * chain exactly as sent, the negotiated version and cipher suite, and which TLS versions the server
 * accepts when offered alone; trusts nothing and rejects nothing (the rules judge the chain).
 */
public interface EndpointProbe {

  /**
   * Never throws for a network failure: an unreachable or broken endpoint is an observation.
   *
   * @throws io.edgecert.domain.InvalidInputException when the client certificate cannot be read
   */
  Observation observe(Endpoint endpoint, String address, ProbeSettings settings);
}
