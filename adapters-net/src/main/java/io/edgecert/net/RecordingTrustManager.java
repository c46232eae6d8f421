package io.edgecert.net;

import java.net.Socket;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Takes note of the chain a server sends, exactly as sent, and neither trusts nor rejects it: trust
 * is judged by the validation rules (GEN-CHAIN-001 and the others), as for files. The JDK's default
 * trust manager is never consulted.
 */
final class RecordingTrustManager extends X509ExtendedTrustManager {
  private volatile List<byte[]> chain = List.of();

  /** The certificates the server sent, DER, in the order sent; empty before its Certificate. */
  List<byte[]> chain() {
    return chain;
  }

  private void record(X509Certificate[] certificates) {
    List<byte[]> sent = new ArrayList<>();
    for (X509Certificate certificate : certificates) {
      try {
        sent.add(certificate.getEncoded());
      } catch (CertificateEncodingException e) {
        throw new IllegalStateException("a certificate just decoded cannot be encoded", e);
      }
    }
    chain = List.copyOf(sent);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] certificates, String authType, Socket socket) {
    record(certificates);
  }

  @Override
  public void checkServerTrusted(
      X509Certificate[] certificates, String authType, SSLEngine engine) {
    record(certificates);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] certificates, String authType) {
    record(certificates);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] certificates, String authType, Socket socket) {
    throw new UnsupportedOperationException("a probe is a client only");
  }

  @Override
  public void checkClientTrusted(
      X509Certificate[] certificates, String authType, SSLEngine engine) {
    throw new UnsupportedOperationException("a probe is a client only");
  }

  @Override
  public void checkClientTrusted(X509Certificate[] certificates, String authType) {
    throw new UnsupportedOperationException("a probe is a client only");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }
}
