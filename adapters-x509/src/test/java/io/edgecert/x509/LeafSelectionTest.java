package io.edgecert.x509;

import static io.edgecert.x509.Fixtures.PKI;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.Issuer;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.TestPki;
import org.junit.jupiter.api.Test;

class LeafSelectionTest {
  private static final IssuedCertificate LEAF = PKI.leaf(LeafSpec.cn("sip.contoso.com"));

  private static CertificateEvidence read(IssuedCertificate... certificates) {
    return Fixtures.read("bundle.pem", Exports.pem(certificates));
  }

  @Test
  void givenLeafAfterItsChain_read_picksTheCertificateThatIssuesNoOther() {
    assertThat(read(PKI.root(), PKI.intermediate(), LEAF).leaf().commonName())
        .isEqualTo("sip.contoso.com");
  }

  @Test
  void givenLeafAndUnrelatedCa_read_prefersTheNonCaCertificate() {
    assertThat(read(PKI.unrelatedRoot(), LEAF, PKI.intermediate()).leaf().commonName())
        .isEqualTo("sip.contoso.com");
  }

  @Test
  void givenOnlyCaCertificates_read_takesTheLowestOne() {
    assertThat(read(PKI.root(), PKI.intermediate()).leaf().subjectDn())
        .isEqualTo(TestPki.INTERMEDIATE_DN);
  }

  @Test
  void givenTheSameCertificateTwice_read_countsItOnce() {
    CertificateEvidence evidence = read(LEAF, PKI.intermediate(), LEAF);

    assertThat(evidence.leaf().commonName()).isEqualTo("sip.contoso.com");
    assertThat(evidence.supplied()).hasSize(1);
  }

  @Test
  void givenCaFlaggedLeafWithChain_read_stillFindsItByIssuance() {
    IssuedCertificate caLeaf =
        PKI.leaf(LeafSpec.cn("ca-leaf.contoso.com").ca().issuedBy(Issuer.INTERMEDIATE));

    assertThat(read(PKI.intermediate(), caLeaf).leaf().commonName())
        .isEqualTo("ca-leaf.contoso.com");
  }
}
