package io.edgecert.x509.bundle;

import io.edgecert.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;

/** Finds the certificate a private key belongs to by signing a challenge and verifying it. */
final class KeyMatch {
  private static final byte[] CHALLENGE =
      "edgecert: does this key belong to this certificate?".getBytes(StandardCharsets.US_ASCII);

  private KeyMatch() {}

  static X509Certificate certificateOf(
      PrivateKey key, List<X509Certificate> certificates, String keyName, String certificateName) {
    return certificates.stream()
        .filter(certificate -> matches(key, certificate.getPublicKey()))
        .findFirst()
        .orElseThrow(() -> mismatch(certificates, keyName, certificateName));
  }

  static boolean matches(PrivateKey key, PublicKey publicKey) {
    if (!key.getAlgorithm().equals(publicKey.getAlgorithm())) {
      return false;
    }
    String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    try {
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(key);
      signer.update(CHALLENGE);
      byte[] signature = signer.sign();
      signer.initVerify(publicKey);
      signer.update(CHALLENGE);
      return signer.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static InvalidInputException mismatch(
      List<X509Certificate> certificates, String keyName, String certificateName) {
    String which =
        certificates.size() == 1
            ? "the certificate in "
                + certificateName
                + " ("
                + certificates.get(0).getSubjectX500Principal().getName()
                + ")"
            : "any of the " + certificates.size() + " certificates in " + certificateName;
    return new InvalidInputException(
        keyName,
        InvalidInputException.Kind.INVALID,
        "the private key in "
            + keyName
            + " does not belong to "
            + which
            + "; use the key the request was made with");
  }
}
