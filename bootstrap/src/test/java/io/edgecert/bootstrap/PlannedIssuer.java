package io.edgecert.bootstrap;

import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.KeyType;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.Pkcs12Spec;
import io.edgecert.x509.testing.TestPki;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Issues, from the test PKI's issuing CA, the certificate a plan describes (subject, SANs, EKUs,
 * key, a CRL distribution point) and writes it as the files an admin receives: the leaf and its
 * issuing CA as PEM, or everything with the key as a PKCS#12 file under {@link #PASSWORD}.
 */
final class PlannedIssuer {
  static final String PASSWORD = "edgecert-guide-1";
  static final String CRL = "http://pki.contoso.com/edgecert-test.crl";
  private static final int FIRST_KEY_SLOT = 10;

  private final TestPki pki = TestPki.create();

  TestPki pki() {
    return pki;
  }

  IssuedCertificate issue(PlannedCertificate planned) {
    String[] ekus =
        planned.extendedKeyUsages().stream().map(ExtendedKeyUsage::oid).toArray(String[]::new);
    LeafSpec spec =
        LeafSpec.cn(planned.subjectName())
            .dns(planned.dnsNames().toArray(String[]::new))
            .eku(ekus)
            .key(keyType(planned.key()))
            .keySlot(FIRST_KEY_SLOT + planned.id().ordinal())
            .crl(CRL);
    return pki.leaf(spec);
  }

  static Path writePem(IssuedCertificate certificate, Path file) {
    return write(file, Exports.pem(certificate, certificate.issuers().get(0)));
  }

  static Path writePkcs12(IssuedCertificate certificate, Path file) {
    return write(file, certificate.pkcs12(Pkcs12Spec.password(PASSWORD)));
  }

  static Path writePassword(Path file) {
    return write(file, (PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static KeyType keyType(KeySpec key) {
    switch (key.algorithm()) {
      case ECDH_P256:
        return KeyType.EC_P256;
      case ECDH_P384:
        return KeyType.EC_P384;
      case ECDH_P521:
        return KeyType.EC_P521;
      default:
        return KeyType.valueOf("RSA_" + key.size());
    }
  }
}
