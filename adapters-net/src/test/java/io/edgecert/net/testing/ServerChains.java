package io.edgecert.net.testing;

import io.edgecert.x509.testing.IssuedCertificate;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** JSSE server contexts presenting a test certificate with exactly the chain a test asks for. */
public final class ServerChains {
  private static final char[] PASSWORD = "test".toCharArray();

  static {
    // The servers of these tests must be able to speak TLS 1.0 and 1.1 (the JDK disables them),
    // to be probed for it. This changes the test JVM only; the probe itself never needs it.
    String disabled = java.security.Security.getProperty("jdk.tls.disabledAlgorithms");
    java.security.Security.setProperty(
        "jdk.tls.disabledAlgorithms",
        disabled
            .replaceAll("TLSv1(\\.1)?\\s*,\\s*", "")
            .replaceAll(",\\s*TLSv1(\\.1)?\\b(?!\\.)", ""));
  }

  private ServerChains() {}

  /** A server context presenting {@code leaf} followed by {@code sent} (the intermediates sent). */
  public static SSLContext context(IssuedCertificate leaf, List<IssuedCertificate> sent) {
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      Certificate[] chain = new Certificate[sent.size() + 1];
      chain[0] = factory.generateCertificate(new ByteArrayInputStream(leaf.der()));
      for (int i = 0; i < sent.size(); i++) {
        chain[i + 1] = factory.generateCertificate(new ByteArrayInputStream(sent.get(i).der()));
      }
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("server", leaf.keyPair().getPrivate(), PASSWORD, chain);
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, PASSWORD);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), new TrustManager[] {new AnyClient()}, null);
      return context;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Accepts any client certificate: the MTLS server only needs to see one. */
  private static final class AnyClient implements X509TrustManager {
    @Override
    public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {}

    @Override
    public java.security.cert.X509Certificate[] getAcceptedIssuers() {
      return new java.security.cert.X509Certificate[0];
    }
  }
}
