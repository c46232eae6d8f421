package io.edgecert.x509;

import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;

/** Verifies a PKCS#10 request's self-signature with its own public key (RFC 2986, section 3). */
final class RequestSignature {

  private RequestSignature() {}

  /** True when the signature verifies; false when it does not or cannot be checked at all. */
  static boolean verifies(PKCS10CertificationRequest request) {
    try {
      return request.isSignatureValid(
          new JcaContentVerifierProviderBuilder()
              .setProvider(Providers.bouncyCastle())
              .build(request.getSubjectPublicKeyInfo()));
    } catch (OperatorCreationException | PKCSException | RuntimeException e) {
      return false;
    }
  }
}
