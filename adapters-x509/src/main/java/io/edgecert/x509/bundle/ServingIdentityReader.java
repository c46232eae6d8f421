package io.edgecert.x509.bundle;

import io.edgecert.application.port.in.InputFile;
import io.edgecert.domain.InvalidInputException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the key and certificate chain that {@code edgecert serve} presents over TLS (a PEM
 * certificate file with a PEM key, or one PKCS#12 file) and refuses what clients would reject: a
 * key that does not belong to the certificate, a certificate not yet valid or expired (the chain's
 * CAs included), a chain that stops short of a root, a leaf whose EKU excludes serverAuth.
 */
public final class ServingIdentityReader {
  private final ServingChecks checks;

  /**
   * @param trustedRoots the roots a client already has (the JDK's by default): a chain may end
   *     below one of them without carrying it
   */
  public ServingIdentityReader(Supplier<List<X509Certificate>> trustedRoots) {
    this.checks = new ServingChecks(trustedRoots);
  }

  /** The JDK's default trust store as the roots clients have. */
  public ServingIdentityReader() {
    this(ServingChecks::jdkRoots);
  }

  /**
   * Reads a PEM certificate file (the server's certificate, then its chain) and a PEM private key
   * (encrypted with {@code passphrase} when it is, else passphrase may be null).
   *
   * @throws InvalidInputException naming the file and what is wrong
   */
  public KeyStore.PrivateKeyEntry readPem(
      InputFile certificates, InputFile key, char[] passphrase, Instant now) {
    PrivateKey privateKey = KeyFiles.read(key, passphrase);
    List<X509Certificate> pool = CertificateFiles.read(certificates);
    X509Certificate leaf =
        KeyOwner.certificateOf(
            privateKey,
            pool,
            key.name(),
            certificates.name(),
            "give the key the certificate was issued for");
    return checks.entry(privateKey, leaf, pool, certificates.name(), now);
  }

  /**
   * Reads a PKCS#12 file holding the key, the server's certificate and its chain.
   *
   * @throws InvalidInputException naming the file and what is wrong
   */
  public KeyStore.PrivateKeyEntry readPkcs12(InputFile pkcs12, char[] password, Instant now) {
    KeyStore.PrivateKeyEntry entry = ServingPkcs12.read(pkcs12, password);
    X509Certificate leaf = (X509Certificate) entry.getCertificate();
    List<X509Certificate> pool =
        List.of(entry.getCertificateChain()).stream().map(X509Certificate.class::cast).toList();
    return checks.entry(entry.getPrivateKey(), leaf, pool, pkcs12.name(), now);
  }
}
