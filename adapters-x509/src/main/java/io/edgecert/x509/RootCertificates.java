package io.edgecert.x509;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Loads root certificates from a PEM bundle or DER blob handed in; {@link #jdkTrusted} asks the
 * JDK's trust manager (validation reads the JDK's store faster through {@link JdkTrustStore}).
 */
public final class RootCertificates {

  private RootCertificates() {}

  /** Every certificate in {@code blob} (PEM with any number of blocks, or one DER certificate). */
  static List<ParsedCertificate> parse(String name, byte[] blob) {
    DecodedInput input = InputDecoder.decode(name, blob, null);
    if (input.request() != null) {
      throw InputErrors.invalid(
          name,
          "is a certificate request (CSR), never a trust root; give the root certificate of the"
              + " CA (PEM or DER)");
    }
    if (input.certificates().isEmpty()) {
      throw InputErrors.invalid(name, "holds no root certificate");
    }
    return input.certificates();
  }

  /** The roots of the JDK's default trust store, as the JDK gives them. */
  public static List<X509Certificate> jdkTrusted() throws GeneralSecurityException {
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    List<X509Certificate> roots = new ArrayList<>();
    for (TrustManager manager : factory.getTrustManagers()) {
      if (manager instanceof X509TrustManager) {
        roots.addAll(List.of(((X509TrustManager) manager).getAcceptedIssuers()));
      }
    }
    return roots;
  }
}
