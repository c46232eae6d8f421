package io.edgecert.application.port.in;

/**
 * Which hosts a probe may connect to: every one for the command line; for a server, only those its
 * operator allowed (a server that connects where a caller says is an SSRF risk).
 */
@FunctionalInterface
public interface ProbeScope {

  /** Every host and address. */
  ProbeScope ANY = (host, address) -> true;

  /** Whether the probe may connect to {@code address}, which {@code host} resolved to. */
  boolean allows(String host, String address);
}
