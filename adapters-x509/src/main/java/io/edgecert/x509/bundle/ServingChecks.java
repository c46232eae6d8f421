package io.edgecert.x509.bundle;

import io.edgecert.domain.InvalidInputException;
import io.edgecert.x509.RootCertificates;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** The checks a serving certificate passes before edgecert presents it, each with its message. */
final class ServingChecks {
  static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
  static final String ANY_EKU = "2.5.29.37.0";

  private final Supplier<List<X509Certificate>> trustedRoots;

  ServingChecks(Supplier<List<X509Certificate>> trustedRoots) {
    this.trustedRoots = trustedRoots;
  }

  KeyStore.PrivateKeyEntry entry(
      PrivateKey key, X509Certificate leaf, List<X509Certificate> pool, String file, Instant now) {
    ChainOrder chain = ChainOrder.of(leaf, pool);
    if (chain.missingIssuer() != null && !endsBelowTrustedRoot(chain)) {
      throw invalid(
          file,
          "the chain is incomplete: no certificate in the file issued \""
              + last(chain).getSubjectX500Principal().getName()
              + "\", and it is no root this JVM trusts; append the certificate of \""
              + chain.missingIssuer()
              + "\" (and of every CA above it up to the root) to "
              + file);
    }
    for (X509Certificate certificate : chain.certificates()) {
      checkValidity(certificate, certificate == leaf, file, now);
    }
    checkServerAuth(leaf, file);
    return new KeyStore.PrivateKeyEntry(key, chain.certificates().toArray(new X509Certificate[0]));
  }

  private boolean endsBelowTrustedRoot(ChainOrder chain) {
    X509Certificate last = last(chain);
    return trustedRoots.get().stream().anyMatch(root -> ChainOrder.signedBy(last, root));
  }

  private static void checkValidity(
      X509Certificate certificate, boolean leaf, String file, Instant now) {
    String which =
        (leaf ? "the certificate \"" : "the CA certificate \"")
            + certificate.getSubjectX500Principal().getName()
            + "\"";
    if (now.isBefore(certificate.getNotBefore().toInstant())) {
      throw invalid(file, which + " is not valid before " + certificate.getNotBefore().toInstant());
    }
    if (now.isAfter(certificate.getNotAfter().toInstant())) {
      throw invalid(
          file,
          which
              + " expired on "
              + certificate.getNotAfter().toInstant()
              + "; renew it before serving with it");
    }
  }

  private static void checkServerAuth(X509Certificate leaf, String file) {
    try {
      List<String> ekus = leaf.getExtendedKeyUsage();
      if (ekus != null && !ekus.contains(SERVER_AUTH) && !ekus.contains(ANY_EKU)) {
        throw invalid(
            file,
            "the certificate \""
                + leaf.getSubjectX500Principal().getName()
                + "\" is not for servers: its extended key usage lacks serverAuth ("
                + SERVER_AUTH
                + ")");
      }
    } catch (CertificateParsingException e) {
      throw invalid(file, "the extended key usage of the certificate cannot be read");
    }
  }

  /** The roots of the JDK's default trust store ($JAVA_HOME/lib/security/cacerts). */
  static List<X509Certificate> jdkRoots() {
    try {
      return RootCertificates.jdkTrusted();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot load the JDK's default trust store", e);
    }
  }

  private static X509Certificate last(ChainOrder chain) {
    return chain.certificates().get(chain.certificates().size() - 1);
  }

  static InvalidInputException invalid(String file, String message) {
    return new InvalidInputException(file, InvalidInputException.Kind.INVALID, message);
  }
}
