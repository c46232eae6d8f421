package io.edgecert.x509.bundle;

import io.edgecert.domain.InvalidInputException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The chain from a leaf through the supplied certificates, each issuer found by name and verified
 * signature, up to a self-signed root, or to the last certificate whose issuer is missing.
 */
record ChainOrder(List<X509Certificate> certificates, String missingIssuer) {

  ChainOrder {
    certificates = List.copyOf(certificates);
  }

  static ChainOrder of(X509Certificate leaf, List<X509Certificate> pool) {
    List<X509Certificate> chain = new ArrayList<>(List.of(leaf));
    X509Certificate current = leaf;
    while (!signedBy(current, current)) {
      Optional<X509Certificate> issuer = issuerOf(current, pool, chain);
      if (issuer.isEmpty()) {
        return new ChainOrder(chain, current.getIssuerX500Principal().getName());
      }
      current = issuer.get();
      chain.add(current);
    }
    return new ChainOrder(chain, null);
  }

  private static Optional<X509Certificate> issuerOf(
      X509Certificate certificate, List<X509Certificate> pool, List<X509Certificate> chain) {
    return pool.stream()
        .filter(candidate -> !chain.contains(candidate))
        .filter(candidate -> signedBy(certificate, candidate))
        .findFirst();
  }

  /** Whether {@code issuer} names and signed {@code certificate}. */
  static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
    if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
      return false;
    }
    try {
      certificate.verify(issuer.getPublicKey());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /**
   * The error for a chain that stops short of a root: which issuer is missing, the chain found so
   * far from the certificate up, and the two ways on (add the issuer, or the option that allows
   * it).
   */
  InvalidInputException incomplete(String certificateName) {
    X509Certificate last = certificates.get(certificates.size() - 1);
    String found =
        certificates.stream()
            .map(c -> c.getSubjectX500Principal().getName())
            .collect(Collectors.joining(" -> "));
    return new InvalidInputException(
        certificateName,
        InvalidInputException.Kind.INVALID,
        "the chain is incomplete: the issuer of "
            + last.getSubjectX500Principal().getName()
            + " is missing (it is "
            + missingIssuer
            + "); chain found: "
            + found
            + ". Add that CA's certificate with --chain FILE, or pass --allow-incomplete-chain"
            + " to bundle without it");
  }
}
