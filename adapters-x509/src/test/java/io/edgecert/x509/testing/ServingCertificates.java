package io.edgecert.x509.testing;

import java.time.Instant;

/**
 * Server certificates for TLS tests that real clients accept: for {@code localhost} and {@code
 * 127.0.0.1}, issued by the test intermediate, valid from {@link #FROM} to {@link #UNTIL} since
 * clients judge them by the real clock (fixed instants inside the test CAs' validity).
 */
public final class ServingCertificates {
  public static final Instant FROM = Instant.parse("2025-06-01T00:00:00Z");
  public static final Instant UNTIL = Instant.parse("2034-06-01T00:00:00Z");

  private ServingCertificates() {}

  /** A leaf {@code CN=commonName} for localhost and 127.0.0.1; {@code keySlot} picks its key. */
  public static IssuedCertificate localhost(TestPki pki, String commonName, int keySlot) {
    return pki.leaf(
        LeafSpec.cn(commonName)
            .dns("localhost")
            .ip("127.0.0.1")
            .keySlot(keySlot)
            .validity(FROM, UNTIL));
  }

  /** The leaf, its intermediate and the root, PEM, as a server's certificate file holds them. */
  public static String chainPem(IssuedCertificate leaf) {
    StringBuilder pem = new StringBuilder();
    leaf.withChain().forEach(certificate -> pem.append(certificate.pem()));
    return pem.toString();
  }

  /** The leaf's private key as unencrypted PKCS#8 PEM. */
  public static String keyPem(IssuedCertificate leaf) {
    return Pem.block("PRIVATE KEY", leaf.keyPair().getPrivate().getEncoded());
  }
}
