package io.edgecert.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.in.ClientCertificate;
import io.edgecert.application.port.out.ProbeSettings;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.probe.Endpoint;
import io.edgecert.domain.probe.Observation;
import io.edgecert.domain.probe.ProbeProtocol;
import io.edgecert.domain.probe.TlsVersion;
import io.edgecert.net.testing.ServerChains;
import io.edgecert.net.testing.TlsServer;
import io.edgecert.net.testing.TlsServer.Options;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.Pkcs12Spec;
import io.edgecert.x509.testing.TestPki;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsseEndpointProbeTest {
  private static final TestPki PKI = TestPki.create();
  private static final IssuedCertificate LEAF =
      PKI.leaf(LeafSpec.cn("sip.contoso.test").dns("sip.contoso.test", "webcon.contoso.test"));
  private static final ProbeSettings SETTINGS =
      new ProbeSettings(Duration.ofSeconds(5), Duration.ofSeconds(10), null);
  private final JsseEndpointProbe probe = new JsseEndpointProbe();
  private TlsServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void givenServer_observe_recordsTheChainAsSentTheVersionsAndSni() {
    server = start("127.0.0.2", List.of(PKI.intermediate()), Options.standard());

    Observation seen = probe.observe(endpoint(ProbeProtocol.TLS), server.address(), SETTINGS);

    assertThat(seen.problem()).isNull();
    assertThat(seen.chain()).hasSize(2);
    assertThat(seen.chain().get(0)).isEqualTo(LEAF.der());
    assertThat(seen.chain().get(1)).isEqualTo(PKI.intermediate().der());
    assertThat(seen.negotiated()).isEqualTo(TlsVersion.TLS_1_3);
    assertThat(seen.cipherSuite()).startsWith("TLS_");
    assertThat(seen.accepted()).containsExactlyInAnyOrder(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3);
    assertThat(server.serverNames()).contains("sip.contoso.test");
  }

  @Test
  void givenExpiredCertificate_observe_completesTheHandshakeAndRecordsIt() {
    IssuedCertificate expired =
        PKI.leaf(
            LeafSpec.cn("sip.contoso.test")
                .dns("sip.contoso.test")
                .validity(
                    Instant.parse("2024-12-01T00:00:00Z"), Instant.parse("2025-12-01T00:00:00Z")));
    server =
        TlsServer.start(
            "127.0.0.2",
            ServerChains.context(expired, List.of(PKI.intermediate())),
            Options.standard());

    Observation seen = probe.observe(endpoint(ProbeProtocol.TLS), server.address(), SETTINGS);

    assertThat(seen.problem()).as("nothing is rejected by a trust manager").isNull();
    assertThat(seen.negotiated()).isEqualTo(TlsVersion.TLS_1_3);
    assertThat(seen.chain()).hasSize(2);
    assertThat(seen.chain().get(0)).isEqualTo(expired.der());
  }

  @Test
  void givenIntermediateNotSent_observe_recordsTheLeafAlone() {
    server = start("127.0.0.2", List.of(), Options.standard());

    Observation seen = probe.observe(endpoint(ProbeProtocol.TLS), server.address(), SETTINGS);

    assertThat(seen.chain()).hasSize(1);
  }

  @Test
  void givenTls10Only_observe_reportsItAndTheChainFromTheServerHelloFlight() {
    server = start("127.0.0.3", List.of(PKI.intermediate()), Options.standard().protocols("TLSv1"));

    Observation seen = probe.observe(endpoint(ProbeProtocol.TLS), server.address(), SETTINGS);

    assertThat(seen.accepted()).containsExactly(TlsVersion.TLS_1_0);
    assertThat(seen.negotiated()).isNull();
    assertThat(seen.problem()).startsWith("TLS handshake failed");
    assertThat(seen.chain()).hasSize(2);
    assertThat(seen.cipherSuite()).startsWith("TLS_");
  }

  @Test
  void givenTls12Only_observe_acceptsTls12Only() {
    server =
        start("127.0.0.3", List.of(PKI.intermediate()), Options.standard().protocols("TLSv1.2"));

    Observation seen = probe.observe(endpoint(ProbeProtocol.TLS), server.address(), SETTINGS);

    assertThat(seen.accepted()).containsExactly(TlsVersion.TLS_1_2);
    assertThat(seen.negotiated()).isEqualTo(TlsVersion.TLS_1_2);
  }

  @Test
  void givenMutualTlsWithoutClientCertificate_observe_keepsTheServerChain() {
    server = start("127.0.0.4", List.of(PKI.intermediate()), Options.standard().mutual());

    Observation seen = probe.observe(endpoint(ProbeProtocol.TLS), server.address(), SETTINGS);

    assertThat(seen.clientCertificateRequested()).isTrue();
    assertThat(seen.chain()).hasSize(2);
    assertThat(seen.problem()).contains("asks for a client certificate", "--client-cert");
  }

  @Test
  void givenMutualTlsWithClientCertificate_observe_completesTheHandshake() {
    server = start("127.0.0.4", List.of(PKI.intermediate()), Options.standard().mutual());
    IssuedCertificate client = PKI.leaf(LeafSpec.cn("edge.partner.test").eku(TestPki.CLIENT_AUTH));
    ProbeSettings settings =
        new ProbeSettings(
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            new ClientCertificate(
                "client.pfx", client.pkcs12(Pkcs12Spec.password("pw")), "pw".toCharArray()));

    Observation seen = probe.observe(endpoint(ProbeProtocol.TLS), server.address(), settings);

    assertThat(seen.problem()).isNull();
    assertThat(seen.clientCertificateRequested()).isTrue();
  }

  @Test
  void givenNothingListening_observe_saysTheConnectionWasRefused() throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.5"))) {
      port = closed.getLocalPort();
    }
    Endpoint endpoint = endpoint(ProbeProtocol.TLS).withPort(port);

    Observation seen = probe.observe(endpoint, "127.0.0.5", SETTINGS);

    assertThat(seen.connected()).isFalse();
    assertThat(seen.problem()).isEqualTo("connection refused on port " + port);
  }

  @Test
  void givenTcpEndpoint_observe_onlyConnects() throws Exception {
    try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.6"))) {
      Endpoint endpoint =
          new Endpoint(
              "av.contoso.test",
              listening.getLocalPort(),
              ProbeProtocol.TCP,
              null,
              "A/V",
              null,
              List.of());

      Observation seen = probe.observe(endpoint, "127.0.0.6", SETTINGS);

      assertThat(seen.connected()).isTrue();
      assertThat(seen.chain()).isEmpty();
      assertThat(seen.accepted()).isEmpty();
    }
  }

  private TlsServer start(String address, List<IssuedCertificate> sent, Options options) {
    SSLContext context = ServerChains.context(LEAF, sent);
    TlsServer started = TlsServer.start(address, context, options);
    assertThat(Arrays.asList(options.protocols())).isNotEmpty();
    return started;
  }

  private Endpoint endpoint(ProbeProtocol protocol) {
    return new Endpoint(
        "sip.contoso.test",
        server == null ? 1 : server.port(),
        protocol,
        CertificateRole.EXTERNAL,
        "test",
        protocol == ProbeProtocol.XMPP ? "contoso.test" : null,
        List.of());
  }
}
