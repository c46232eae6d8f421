package io.edgecert.application.port.out;

import io.edgecert.application.port.in.ClientCertificate;
import java.time.Duration;
import java.util.Objects;

/**
 * How to probe one address: the connect timeout, the handshake timeout (which also bounds every
 * read: XMPP stream features, TLS records), and the client certificate for MTLS (null: none).
 */
public record ProbeSettings(
    Duration connectTimeout, Duration handshakeTimeout, ClientCertificate clientCertificate) {

  public ProbeSettings {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
  }
}
