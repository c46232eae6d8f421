package io.edgecert.acceptance.driver;

import java.time.Instant;
import java.util.List;

/**
 * What a probe is told besides the topology: the DNS server to ask ({@code HOST:PORT}), the targets
 * that move endpoints to the test servers' ephemeral ports, the roots trusted and the instant.
 */
public record ProbeInputs(String dnsServer, List<String> targets, Trust trust, Instant at) {

  public ProbeInputs {
    targets = List.copyOf(targets);
  }
}
