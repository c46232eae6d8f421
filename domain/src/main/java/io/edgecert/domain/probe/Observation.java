package io.edgecert.domain.probe;

import java.util.List;
import java.util.Set;

/**
 * What one connection attempt to one address of an endpoint saw, filled in by the network adapter.
 *
 * @param address the IP address connected to, as text
 * @param connected the TCP connection was made (after STARTTLS for XMPP: the stream was opened)
 * @param chain the certificates the server sent, DER, in the order sent (empty when none was seen)
 * @param negotiated the version of the completed handshake (null when none completed)
 * @param cipherSuite the negotiated cipher suite's standard name (null when none was negotiated)
 * @param accepted the versions the server agreed to when offered alone
 * @param clientCertificateRequested the server asked for a client certificate (MTLS)
 * @param starttls XMPP only: what the STARTTLS negotiation did (null for other protocols)
 * @param problem what went wrong, for the report (null when the handshake completed)
 */
public record Observation(
    String address,
    boolean connected,
    List<byte[]> chain,
    TlsVersion negotiated,
    String cipherSuite,
    Set<TlsVersion> accepted,
    boolean clientCertificateRequested,
    StartTls starttls,
    String problem) {

  public Observation {
    chain = List.copyOf(chain);
    accepted = Set.copyOf(accepted);
  }

  /** Nothing was reached at {@code address}: the connection failed as {@code problem} says. */
  public static Observation unreachable(String address, String problem) {
    return new Observation(address, false, List.of(), null, null, Set.of(), false, null, problem);
  }

  /** A TCP connection was made and nothing more was asked (reachability only). */
  public static Observation reached(String address) {
    return new Observation(address, true, List.of(), null, null, Set.of(), false, null, null);
  }

  /** How XMPP STARTTLS went: whether the features offered it, and whether the peer proceeded. */
  public record StartTls(boolean offered, boolean proceeded, String problem) {}
}
