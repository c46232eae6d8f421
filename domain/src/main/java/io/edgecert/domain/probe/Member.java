package io.edgecert.domain.probe;

import io.edgecert.domain.certificate.CertificateFacts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One address of an endpoint and what it presented: a pool member when the name resolves to several
 * addresses.
 *
 * @param resolved false when the endpoint's name has no A or AAAA record (then the observation's
 *     address is null)
 * @param presented the facts of the certificates sent, in the order sent (the leaf first)
 */
public record Member(
    Endpoint endpoint,
    boolean resolved,
    Observation observation,
    List<CertificateFacts> presented) {

  public Member {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(observation, "observation");
    presented = List.copyOf(presented);
  }

  /** A name that resolved to no address. */
  public static Member unresolved(Endpoint endpoint, String problem) {
    return new Member(endpoint, false, Observation.unreachable(null, problem), List.of());
  }

  /** The certificate the server presented first, when it presented any. */
  public Optional<CertificateFacts> leaf() {
    return presented.isEmpty() ? Optional.empty() : Optional.of(presented.get(0));
  }

  /** The member as a report names it, e.g. {@code sip.contoso.com:5061/tls [127.0.0.2]}. */
  public String label() {
    String address = observation.address();
    return endpoint.label() + (address == null ? "" : " [" + address + "]");
  }

  /** Whether the endpoint is spoken to over TLS (directly or after STARTTLS). */
  public boolean speaksTls() {
    return endpoint.protocol() != ProbeProtocol.TCP;
  }
}
