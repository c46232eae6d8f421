package io.edgecert.x509.bundle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

/** The SHA-1 thumbprint of a certificate as Windows shows it: upper-case hex, no separators. */
final class Thumbprints {

  private Thumbprints() {}

  static String sha1(X509Certificate certificate) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded());
      return HexFormat.of().withUpperCase().formatHex(digest);
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot compute the SHA-1 thumbprint", e);
    }
  }
}
