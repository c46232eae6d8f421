package io.edgecert.domain.probe;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.topology.Fqdn;
import java.util.List;
import java.util.Objects;

/**
 * One place the plan says the Edge answers: a host name and port, how it is spoken to, the planned
 * certificate it must present (null for a TCP-only endpoint), what it serves, the XMPP domain of
 * the stream header (null unless XMPP) and the SRV records that point at it.
 *
 * @param purpose for the report, e.g. {@code Access Edge, federation}
 * @param srvNames the SRV record names whose target this endpoint is, e.g. {@code
 *     _sipfederationtls._tcp.contoso.com}
 */
public record Endpoint(
    String host,
    int port,
    ProbeProtocol protocol,
    CertificateRole role,
    String purpose,
    String xmppDomain,
    List<String> srvNames) {

  public Endpoint {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(purpose, "purpose");
    srvNames = List.copyOf(srvNames);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  /** The endpoint as a report names it, e.g. {@code sip.contoso.com:5061/tls}. */
  public String label() {
    return host + ":" + port + "/" + protocol.code();
  }

  /** The same endpoint on another port. */
  public Endpoint withPort(int newPort) {
    return new Endpoint(host, newPort, protocol, role, purpose, xmppDomain, srvNames);
  }

  /** The same endpoint, also reached through the SRV record {@code srvName}. */
  public Endpoint withSrvName(String srvName) {
    List<String> names = new java.util.ArrayList<>(srvNames);
    if (!names.contains(srvName)) {
      names.add(srvName);
    }
    return new Endpoint(host, port, protocol, role, purpose, xmppDomain, names);
  }

  /** Whether both name the same host (FQDN-005), port and protocol. */
  public boolean sameAs(Endpoint other) {
    return Fqdn.same(host, other.host) && port == other.port && protocol == other.protocol;
  }
}
