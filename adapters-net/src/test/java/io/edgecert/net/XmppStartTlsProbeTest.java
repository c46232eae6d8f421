package io.edgecert.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.out.ProbeSettings;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.probe.Endpoint;
import io.edgecert.domain.probe.Observation;
import io.edgecert.domain.probe.ProbeProtocol;
import io.edgecert.domain.probe.TlsVersion;
import io.edgecert.net.testing.ServerChains;
import io.edgecert.net.testing.TlsServer;
import io.edgecert.net.testing.TlsServer.Options;
import io.edgecert.net.testing.TlsServer.XmppMode;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.TestPki;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** XMPP server-to-server STARTTLS against responders that do it right and ones that do not. */
class XmppStartTlsProbeTest {
  private static final TestPki PKI = TestPki.create();
  private static final IssuedCertificate LEAF =
      PKI.leaf(LeafSpec.cn("sip.contoso.test").dns("sip.contoso.test", "contoso.test"));

  /**
   * Timeouts that only detect a hang: on a busy machine a few seconds can pass before the server
   * has sent 64 KiB or its features, and a short deadline would then fail a test about something
   * else (the endless stream once did, with no STARTTLS result at all).
   */
  private static final ProbeSettings SETTINGS =
      new ProbeSettings(Duration.ofSeconds(120), Duration.ofSeconds(120), null);

  /** The handshake timeout the slow-drip test waits out. */
  private static final ProbeSettings SHORT_HANDSHAKE =
      new ProbeSettings(Duration.ofSeconds(120), Duration.ofSeconds(2), null);

  private final JsseEndpointProbe probe = new JsseEndpointProbe();
  private TlsServer server;

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenStartTls_observe_proceedsAndRecordsTheChain() {
    Observation seen = observe(XmppMode.STARTTLS);

    assertThat(seen.starttls().offered()).isTrue();
    assertThat(seen.starttls().proceeded()).isTrue();
    assertThat(seen.chain()).hasSize(2);
    assertThat(seen.accepted()).contains(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3);
    assertThat(server.serverNames()).contains("xmpp.contoso.test");
  }

  @Test
  void givenNoStartTlsFeature_observe_saysItIsMissing() {
    Observation seen = observe(XmppMode.NO_STARTTLS);

    assertThat(seen.starttls().offered()).isFalse();
    assertThat(seen.starttls().problem()).isEqualTo("no <starttls/> in the stream features");
    assertThat(seen.chain()).isEmpty();
  }

  @Test
  void givenGarbage_observe_saysNoStreamWasOpened() {
    Observation seen = observe(XmppMode.GARBAGE);

    assertThat(seen.starttls().offered()).isFalse();
    assertThat(seen.starttls().problem()).startsWith("the peer closed the stream: HTTP/1.1 400");
  }

  @Test
  void givenSlowDrip_observe_givesUpAtTheHandshakeTimeout() {
    long start = System.nanoTime();

    Observation seen = observe(XmppMode.SLOW_DRIP, SHORT_HANDSHAKE);

    assertThat(seen.chain()).isEmpty();
    assertThat(seen.problem()).isEqualTo("no complete answer within 2000 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
  }

  @Test
  void givenEndlessStream_observe_stopsAtTheByteLimit() {
    Observation seen = observe(XmppMode.ENDLESS);

    assertThat(seen.starttls().problem())
        .isEqualTo("the peer sent " + XmppStartTls.MAX_BYTES + " bytes without finishing");
  }

  @Test
  void givenDoctype_observe_refusesToReadIt() {
    Observation seen = observe(XmppMode.DOCTYPE);

    assertThat(seen.starttls().problem()).contains("DOCTYPE or entity declaration");
  }

  private Observation observe(XmppMode mode) {
    return observe(mode, SETTINGS);
  }

  private Observation observe(XmppMode mode, ProbeSettings settings) {
    server =
        TlsServer.start(
            "127.0.0.7",
            ServerChains.context(LEAF, List.of(PKI.intermediate())),
            Options.standard().xmpp(mode));
    Endpoint endpoint =
        new Endpoint(
            "xmpp.contoso.test",
            server.port(),
            ProbeProtocol.XMPP,
            CertificateRole.EXTERNAL,
            "XMPP",
            "contoso.test",
            List.of());
    return probe.observe(endpoint, server.address(), settings);
  }
}
