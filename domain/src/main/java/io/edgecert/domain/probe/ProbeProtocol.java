package io.edgecert.domain.probe;

import io.edgecert.domain.Coded;

/**
 * How an endpoint is spoken to: TLS from the first byte, XMPP server-to-server with STARTTLS (RFC
 * 6120), or a bare TCP connection for reachability only (the A/V Edge, which carries no
 * certificate).
 */
public enum ProbeProtocol implements Coded {
  TLS("tls"),
  XMPP("xmpp"),
  TCP("tcp");

  private final String code;

  ProbeProtocol(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
