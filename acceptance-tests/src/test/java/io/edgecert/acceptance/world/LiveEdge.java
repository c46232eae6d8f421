package io.edgecert.acceptance.world;

import io.cucumber.guice.ScenarioScoped;
import io.edgecert.net.testing.DnsServerForTests;
import io.edgecert.net.testing.ServerChains;
import io.edgecert.net.testing.TcpListener;
import io.edgecert.net.testing.TlsServer;
import io.edgecert.x509.testing.IssuedCertificate;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.net.ssl.SSLContext;

/**
 * A live Edge on loopback for one scenario: TLS servers on each pool address (the federation and
 * client ports shared by all members, as DNS load balancing needs), the Web Conferencing Edge, an
 * A/V Edge TCP listener, and a DNS server publishing the records of the plan with the servers'
 * ephemeral ports. Scenarios change a member's certificate or drop a record before it starts.
 */
@ScenarioScoped
public final class LiveEdge implements Closeable {
  static final String WEBCON_ADDRESS = "127.0.0.4";
  static final String AV_ADDRESS = "127.0.0.5";
  private final List<Closeable> running = new ArrayList<>();
  private final Map<String, CertificateDescription> members = new LinkedHashMap<>();
  private final Set<String> unpublished = new TreeSet<>();
  private DnsServerForTests dns;
  private final List<String> targets = new ArrayList<>();

  /** The pool answers at {@code addresses}, each presenting {@code certificate}. */
  public void members(List<String> addresses, CertificateDescription certificate) {
    addresses.forEach(address -> members.put(address, certificate));
  }

  /** The member at {@code address} presents {@code certificate} instead. */
  public void member(String address, CertificateDescription certificate) {
    if (!members.containsKey(address)) {
      throw new IllegalArgumentException(
          "no pool member at " + address + "; members: " + members.keySet());
    }
    members.put(address, certificate);
  }

  /** DNS leaves the record {@code name} out. */
  public void unpublish(String name) {
    unpublished.add(name);
  }

  /** Starts the servers and DNS for the Edge names and SIP domain given. */
  public void start(
      String accessEdge, String webConferencingEdge, String avEdge, String sipDomain) {
    List<String> addresses = new ArrayList<>(members.keySet());
    Map<CertificateDescription, SSLContext> made = new java.util.IdentityHashMap<>();
    List<SSLContext> contexts =
        addresses.stream()
            .map(a -> made.computeIfAbsent(members.get(a), LiveEdge::context))
            .toList();
    List<TlsServer> federation =
        TlsServer.pool(addresses, contexts, TlsServer.Options.standard().mutual());
    List<TlsServer> client = TlsServer.pool(addresses, contexts, TlsServer.Options.standard());
    TlsServer webcon =
        TlsServer.start(WEBCON_ADDRESS, contexts.get(0), TlsServer.Options.standard());
    TcpListener av = TcpListener.start(AV_ADDRESS);
    running.addAll(federation);
    running.addAll(client);
    running.add(webcon);
    running.add(av);
    StringBuilder zone = new StringBuilder("$ORIGIN " + sipDomain + ".\n$TTL 60\n");
    record(
        zone,
        "_sipfederationtls._tcp." + sipDomain,
        "SRV 0 0 " + federation.get(0).port() + " " + accessEdge + ".");
    record(
        zone, "_sip._tls." + sipDomain, "SRV 0 0 " + client.get(0).port() + " " + accessEdge + ".");
    addresses.forEach(a -> record(zone, accessEdge, "A " + a));
    record(zone, webConferencingEdge, "A " + WEBCON_ADDRESS);
    record(zone, avEdge, "A " + AV_ADDRESS);
    dns = DnsServerForTests.start(zone.toString());
    running.add(dns);
    targets.add(webConferencingEdge + ":" + webcon.port() + "/tls");
    targets.add(avEdge + ":" + av.port() + "/tcp");
  }

  public String dnsServer() {
    return "127.0.0.1:" + dns.port();
  }

  /** The targets that move the Web Conferencing and A/V endpoints to their test ports. */
  public List<String> targets() {
    return List.copyOf(targets);
  }

  private void record(StringBuilder zone, String name, String data) {
    if (!unpublished.contains(name)) {
      zone.append(name).append(". IN ").append(data).append('\n');
    }
  }

  private static SSLContext context(CertificateDescription description) {
    List<IssuedCertificate> chain = TestCertificates.sentChain(description);
    return ServerChains.context(chain.get(0), chain.subList(1, chain.size()));
  }

  @Override
  public void close() {
    running.forEach(
        server -> {
          try {
            server.close();
          } catch (java.io.IOException e) {
            // a test server that cannot close holds only an ephemeral port
          }
        });
    running.clear();
  }
}
