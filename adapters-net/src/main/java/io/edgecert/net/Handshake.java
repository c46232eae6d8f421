package io.edgecert.net;

import io.edgecert.application.port.out.ProbeSettings;
import io.edgecert.domain.probe.Endpoint;
import io.edgecert.domain.probe.Observation.StartTls;
import io.edgecert.domain.probe.ProbeProtocol;
import io.edgecert.domain.probe.TlsVersion;
import io.edgecert.domain.topology.Fqdn;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/** One full TLS 1.3/1.2 handshake through JSSE, after STARTTLS for XMPP, noting what it saw. */
final class Handshake {
  private final Endpoint endpoint;
  private final String address;
  private final ProbeSettings settings;
  private final ClientKeys keys;
  private final RecordingTrustManager trust = new RecordingTrustManager();
  private StartTls starttls;
  private TlsVersion negotiated;
  private String cipherSuite;
  private String problem;
  private Socket socket;

  Handshake(Endpoint endpoint, String address, ProbeSettings settings, ClientKeys keys) {
    this.endpoint = endpoint;
    this.address = address;
    this.settings = settings;
    this.keys = keys;
  }

  /**
   * Connects (before the version offers connect, so that a server that takes one connection at a
   * time serves the handshake first).
   *
   * @throws IOException when no connection could be made
   */
  Handshake connect() throws IOException {
    socket =
        Connections.open(
            address, endpoint.port(), settings.connectTimeout(), settings.handshakeTimeout());
    return this;
  }

  /** Shakes hands on the connection made; a failure is noted, not thrown. */
  Handshake run() {
    try (Deadline deadline = Deadline.of(socket, settings.handshakeTimeout())) {
      try {
        shake(socket);
      } catch (IOException e) {
        problem =
            deadline.expired()
                ? "no complete answer within " + settings.handshakeTimeout().toMillis() + " ms"
                : words(e);
      }
    } finally {
      Deadline.quietlyClose(socket);
    }
    return this;
  }

  private void shake(Socket socket) throws IOException {
    if (endpoint.protocol() == ProbeProtocol.XMPP) {
      starttls = XmppStartTls.negotiate(socket, endpoint.xmppDomain());
      if (!starttls.proceeded()) {
        return;
      }
    }
    SSLSocket tls =
        (SSLSocket)
            context().getSocketFactory().createSocket(socket, address, endpoint.port(), true);
    SSLParameters parameters = tls.getSSLParameters();
    parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
    String sni = sniName(endpoint.host());
    if (sni != null) {
      parameters.setServerNames(List.of(new SNIHostName(sni)));
    }
    parameters.setEndpointIdentificationAlgorithm(null);
    tls.setSSLParameters(parameters);
    tls.startHandshake();
    SSLSession session = tls.getSession();
    negotiated =
        Arrays.stream(TlsVersion.values())
            .filter(v -> ("TLSv" + v.code()).equals(session.getProtocol()))
            .findFirst()
            .orElse(null);
    cipherSuite = session.getCipherSuite();
    if (keys.requested() && settings.clientCertificate() == null) {
      awaitRefusal(tls);
    }
  }

  /** In TLS 1.3 a server refuses a missing client certificate after the client's Finished. */
  private void awaitRefusal(SSLSocket tls) throws IOException {
    tls.setSoTimeout(Math.toIntExact(Math.min(settings.handshakeTimeout().toMillis(), 1000)));
    try {
      tls.getInputStream().read();
    } catch (SocketTimeoutException e) {
      return;
    } catch (SSLException e) {
      problem = words(e);
    }
  }

  private SSLContext context() throws IOException {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(new ClientKeys[] {keys}, new TrustManager[] {trust}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IOException("TLS is not available: " + e.getMessage(), e);
    }
  }

  /**
   * The name to send as SNI: a host name, never an address or a name SNI cannot carry. Without its
   * trailing dot but otherwise as written ({@link Fqdn#withoutTrailingDot}, not {@code normalize}):
   * what is sent is the name the user or DNS gave.
   */
  static String sniName(String host) {
    String name = Fqdn.withoutTrailingDot(host);
    if (name.matches("[0-9.]+") || name.contains(":")) {
      return null;
    }
    try {
      new SNIHostName(name);
      return name;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String words(IOException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "TLS handshake failed: " + message;
  }

  StartTls starttls() {
    return starttls;
  }

  List<byte[]> chain() {
    return trust.chain();
  }

  TlsVersion negotiated() {
    return negotiated;
  }

  String cipherSuite() {
    return cipherSuite;
  }

  String problem() {
    return problem;
  }
}
