package io.edgecert.x509;

import static io.edgecert.x509.Fixtures.PKI;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.certificate.PublicKeyFacts;
import io.edgecert.domain.certificate.SignatureFacts;
import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.KeyType;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.TestPki;
import org.junit.jupiter.api.Test;

class RequestFactsTest {

  @Test
  void givenRequest_read_extractsRequestedNamesUsagesAndKey() {
    CertificateFacts facts =
        Fixtures.read(
                "edge.req",
                PKI.csr(
                        LeafSpec.cn("access.contoso.com")
                            .organization("Contoso", "US")
                            .dns("access.contoso.com", "sip.fabrikam.com")
                            .ip("198.51.100.7")
                            .eku(TestPki.SERVER_AUTH, TestPki.CLIENT_AUTH)
                            .key(KeyType.EC_P384))
                    .pem())
            .leaf();

    assertThat(facts.subjectDn()).isEqualTo("CN=access.contoso.com,O=Contoso,C=US");
    assertThat(facts.commonName()).isEqualTo("access.contoso.com");
    assertThat(facts.dnsNames()).containsExactly("access.contoso.com", "sip.fabrikam.com");
    assertThat(facts.otherNames()).containsExactly("IP:198.51.100.7");
    assertThat(facts.extendedKeyUsageOids())
        .containsExactly(TestPki.SERVER_AUTH, TestPki.CLIENT_AUTH);
    assertThat(facts.keyUsages()).containsExactly("digitalSignature", "keyEncipherment");
    assertThat(facts.publicKey())
        .usingRecursiveComparison()
        .ignoringFields("sha256")
        .isEqualTo(new PublicKeyFacts("EC", 384, PublicKeyFacts.SECP384R1, "secp384r1"));
    assertThat(facts.signature())
        .isEqualTo(new SignatureFacts("1.2.840.10045.4.3.3", "ecdsa-with-SHA384"));
  }

  @Test
  void givenRequestSignedWithItsOwnKey_read_saysTheSignatureVerifies() {
    for (KeyType key : new KeyType[] {KeyType.RSA_2048, KeyType.EC_P256}) {
      var evidence =
          Fixtures.read("edge.req", PKI.csr(LeafSpec.cn("e.contoso.com").key(key)).pem());

      assertThat(evidence.requestSignatureValid()).as(key.name()).isTrue();
    }
  }

  @Test
  void givenRequestWithABrokenSignature_read_saysItDoesNotVerify() {
    var evidence =
        Fixtures.read("edge.req", PKI.csr(LeafSpec.cn("edge.contoso.com")).tamperedPem());

    assertThat(evidence.request()).isTrue();
    assertThat(evidence.requestSignatureValid()).isFalse();
  }

  @Test
  void givenCertificate_read_leavesTheRequestSignatureUnchecked() {
    var evidence =
        Fixtures.read("edge.pem", Exports.pem(PKI.leaf(LeafSpec.cn("edge.contoso.com"))));

    assertThat(evidence.requestSignatureValid()).isNull();
  }

  @Test
  void givenRequest_read_leavesCertificateOnlyFieldsNull() {
    CertificateFacts facts =
        Fixtures.read("edge.req", PKI.csr(LeafSpec.cn("edge.contoso.com").eku().keyUsage()).der())
            .leaf();

    assertThat(facts.issuerDn()).isNull();
    assertThat(facts.serialNumber()).isNull();
    assertThat(facts.notBefore()).isNull();
    assertThat(facts.notAfter()).isNull();
    assertThat(facts.sha1Thumbprint()).isNull();
    assertThat(facts.sha256Fingerprint()).isNull();
    assertThat(facts.extendedKeyUsagePresent()).isFalse();
  }
}
