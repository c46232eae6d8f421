package io.edgecert.x509.bundle;

import io.edgecert.domain.InvalidInputException;
import io.edgecert.x509.KeyMatch;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The certificate a private key belongs to, among those of one file: the one check (and refusal)
 * that bundle and serve share when a key comes in a file of its own.
 */
final class KeyOwner {

  private KeyOwner() {}

  /**
   * The first of {@code certificates} whose public key belongs to {@code key}.
   *
   * @param advice what to do instead, ending the refusal's message
   * @throws InvalidInputException naming {@code keyFile} when the key belongs to none of them
   */
  static X509Certificate certificateOf(
      PrivateKey key,
      List<X509Certificate> certificates,
      String keyFile,
      String certificateFile,
      String advice) {
    return certificates.stream()
        .filter(certificate -> KeyMatch.matches(key, certificate.getPublicKey()))
        .findFirst()
        .orElseThrow(() -> mismatch(certificates, keyFile, certificateFile, advice));
  }

  private static InvalidInputException mismatch(
      List<X509Certificate> certificates, String keyFile, String certificateFile, String advice) {
    String first = certificates.get(0).getSubjectX500Principal().getName();
    String which =
        certificates.size() == 1
            ? "the certificate in " + certificateFile + " (" + first + ")"
            : "any of the "
                + certificates.size()
                + " certificates in "
                + certificateFile
                + " (the first is \""
                + first
                + "\")";
    return new InvalidInputException(
        keyFile,
        InvalidInputException.Kind.INVALID,
        "the private key in " + keyFile + " does not belong to " + which + "; " + advice);
  }
}
