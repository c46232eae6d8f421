package io.edgecert.domain.probe;

import io.edgecert.domain.plan.CertificateRole;

/** The SRV records the plan implies per domain, with the port and protocol each service uses. */
public enum SrvService {
  SIP_FEDERATION("_sipfederationtls._tcp.", 5061, ProbeProtocol.TLS, "SIP federation"),
  SIP_CLIENT("_sip._tls.", 443, ProbeProtocol.TLS, "external client sign-in"),
  XMPP_SERVER("_xmpp-server._tcp.", 5269, ProbeProtocol.XMPP, "XMPP federation");

  private final String prefix;
  private final int standardPort;
  private final ProbeProtocol protocol;
  private final String purpose;

  SrvService(String prefix, int standardPort, ProbeProtocol protocol, String purpose) {
    this.prefix = prefix;
    this.standardPort = standardPort;
    this.protocol = protocol;
    this.purpose = purpose;
  }

  /** The record name for {@code domain}, e.g. {@code _sip._tls.contoso.com}. */
  public String recordName(String domain) {
    return prefix + domain;
  }

  public int standardPort() {
    return standardPort;
  }

  public ProbeProtocol protocol() {
    return protocol;
  }

  public String purpose() {
    return purpose;
  }

  /** Every SRV target presents the external certificate. */
  public CertificateRole role() {
    return CertificateRole.EXTERNAL;
  }
}
