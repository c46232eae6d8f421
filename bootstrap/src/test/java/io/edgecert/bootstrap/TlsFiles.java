package io.edgecert.bootstrap;

import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.ServingCertificates;
import io.edgecert.x509.testing.TestPki;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The files of {@code serve --tls-cert server.pem --tls-key server.key} in a directory, made from
 * the shared test PKI, and an SSL context of a client that trusts its root (as {@code curl --cacert
 * root.pem} does).
 */
final class TlsFiles {
  static final TestPki PKI = TestPki.create();
  final Path certificate;
  final Path key;
  final Path root;

  TlsFiles(Path directory) {
    this.certificate = directory.resolve("server.pem");
    this.key = directory.resolve("server.key");
    this.root = directory.resolve("root.pem");
    write(root, PKI.root().pem());
  }

  /** Writes {@code leaf} with its chain, and its key, over the files. */
  TlsFiles serving(IssuedCertificate leaf) {
    write(certificate, ServingCertificates.chainPem(leaf));
    write(key, ServingCertificates.keyPem(leaf));
    return this;
  }

  /** {@code --tls-cert server.pem --tls-key server.key --token-file tokens}. */
  List<String> options(Path tokens) {
    return List.of(
        "--tls-cert",
        certificate.toString(),
        "--tls-key",
        key.toString(),
        "--token-file",
        tokens.toString());
  }

  static IssuedCertificate localhost(String commonName, int keySlot) {
    return ServingCertificates.localhost(PKI, commonName, keySlot);
  }

  SSLContext client() {
    try {
      KeyStore trusted = KeyStore.getInstance("PKCS12");
      trusted.load(null, null);
      Certificate rootCertificate =
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(PKI.root().der()));
      trusted.setCertificateEntry("root", rootCertificate);
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trusted);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
