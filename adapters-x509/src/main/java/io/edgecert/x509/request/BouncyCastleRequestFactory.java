package io.edgecert.x509.request;

import io.edgecert.application.port.in.SubjectFields;
import io.edgecert.application.port.out.GeneratedRequest;
import io.edgecert.application.port.out.RequestFactory;
import io.edgecert.domain.plan.PlannedCertificate;
import java.security.KeyPair;
import java.security.SecureRandom;

/**
 * Makes keys and PKCS#10 requests with the JDK's key generators and BouncyCastle's request builder:
 * SHA-256 signatures (never PSS), the plan's names and usages as requested extensions, and the key
 * as PKCS#8, encrypted with PBKDF2-HMAC-SHA256 and AES-256-CBC when a passphrase is given.
 */
public final class BouncyCastleRequestFactory implements RequestFactory {
  /** PBKDF2-HMAC-SHA256 iterations for the key file (OWASP 2023). */
  static final int ITERATIONS = 600_000;

  private final SecureRandom random;
  private final Pkcs8Keys keys;

  public BouncyCastleRequestFactory(SecureRandom random) {
    this(random, ITERATIONS);
  }

  BouncyCastleRequestFactory(SecureRandom random, int iterations) {
    this.random = random;
    this.keys = new Pkcs8Keys(random, iterations);
  }

  @Override
  public GeneratedRequest create(
      PlannedCertificate certificate, SubjectFields subject, char[] passphrase) {
    KeyPair keyPair = KeyPairs.generate(certificate.key(), random);
    String csr = CsrBuilder.build(certificate, subject, keyPair);
    return new GeneratedRequest(csr, keys.pem(keyPair.getPrivate(), passphrase));
  }
}
