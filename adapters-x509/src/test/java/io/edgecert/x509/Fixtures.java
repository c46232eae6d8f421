package io.edgecert.x509;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.TestPki;
import java.util.List;

/** Shared objects of the reader tests: one PKI, one reader, trust settings naming the test root. */
final class Fixtures {
  static final TestPki PKI = TestPki.create();
  static final BouncyCastleCertificateReader READER = new BouncyCastleCertificateReader();
  /** The test root as the only public root. */
  static final TrustSettings PUBLIC_TEST_ROOT =
      new TrustSettings(Exports.pem(PKI.root()), List.of());
  /** No public root at all (an empty-but-valid bundle: the unrelated root) and no private one. */
  static final TrustSettings NOTHING_TRUSTED =
      new TrustSettings(Exports.pem(PKI.unrelatedRoot()), List.of());

  private Fixtures() {}

  static CertificateSource source(String name, byte[] content) {
    return new CertificateSource(name, content, null, null);
  }

  static CertificateSource source(String name, byte[] content, String password) {
    return new CertificateSource(name, content, password.toCharArray(), null);
  }

  static CertificateEvidence read(CertificateSource source, TrustSettings trust) {
    return READER.read(source, trust, TestPki.NOW);
  }

  static CertificateEvidence read(String name, byte[] content) {
    return read(source(name, content), PUBLIC_TEST_ROOT);
  }
}
