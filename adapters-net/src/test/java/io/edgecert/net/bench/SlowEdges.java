package io.edgecert.net.bench;

import io.edgecert.net.testing.DnsServerForTests;
import io.edgecert.net.testing.ServerChains;
import io.edgecert.net.testing.TlsServer;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.TestPki;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * For scripts/bench-probe.sh: starts N TLS servers on 127.0.0.10, 127.0.0.11, ... (ephemeral
 * ports), each waiting DELAY_MS before its handshake, and a DNS server with an empty zone (so that
 * the topology's own names fail at once); prints the DNS server's {@code 127.0.0.1:port}, then one
 * {@code address:port} per server, then runs until standard input closes.
 */
public final class SlowEdges {

  private SlowEdges() {}

  public static void main(String[] args) throws IOException {
    int count = Integer.parseInt(args[0]);
    Duration delay = Duration.ofMillis(Long.parseLong(args[1]));
    TestPki pki = TestPki.create();
    IssuedCertificate leaf = pki.leaf(LeafSpec.cn("sip.contoso.com").dns("sip.contoso.com"));
    SSLContext context = ServerChains.context(leaf, List.of(pki.intermediate()));
    DnsServerForTests dns = DnsServerForTests.start("$ORIGIN invalid.\n$TTL 60\n");
    System.out.println("127.0.0.1:" + dns.port());
    List<TlsServer> servers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      TlsServer server =
          TlsServer.start(
              "127.0.0." + (10 + i), context, TlsServer.Options.standard().delay(delay));
      servers.add(server);
      System.out.println(server.address() + ":" + server.port());
    }
    System.out.flush();
    while (System.in.read() >= 0) {
      // runs until the script closes standard input
    }
    servers.forEach(TlsServer::close);
    dns.close();
  }
}
