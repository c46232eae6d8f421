package io.edgecert.acceptance.world;

import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.Pem;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Signs a copy of a test certificate with md5WithRSAEncryption by the same issuer: a signature
 * algorithm Lync does not support (GEN-SIG-001) and the test PKI does not offer.
 */
final class Md5Signature {

  private Md5Signature() {}

  /** The PEM of {@code leaf}, re-signed with MD5 by {@code issuer} (an RSA CA). */
  static String resign(IssuedCertificate leaf, IssuedCertificate issuer) {
    try {
      byte[] der =
          new X509v3CertificateBuilder(leaf.holder())
              .build(new JcaContentSignerBuilder("MD5withRSA").build(issuer.keyPair().getPrivate()))
              .getEncoded();
      return Pem.block("CERTIFICATE", der);
    } catch (OperatorCreationException e) {
      throw new IllegalStateException("cannot sign with MD5", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
