package io.edgecert.x509;

import static io.edgecert.x509.Fixtures.PKI;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.certificate.KeyProvider;
import io.edgecert.domain.certificate.PrivateKeyFacts;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.Issuer;
import io.edgecert.x509.testing.KeyType;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.Pkcs12Spec;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Pkcs12Test {
  private static final IssuedCertificate LEAF = PKI.leaf(LeafSpec.cn("sip.contoso.com"));

  private static CertificateEvidence read(
      IssuedCertificate certificate, Pkcs12Spec spec, String password) {
    byte[] pfx = certificate.pkcs12(spec);
    CertificateSource source =
        password == null
            ? Fixtures.source("edge.pfx", pfx)
            : Fixtures.source("edge.pfx", pfx, password);
    return Fixtures.read(source, Fixtures.PUBLIC_TEST_ROOT);
  }

  static Stream<Arguments> keyFacts() {
    return Stream.of(
        Arguments.of(
            "plain",
            Pkcs12Spec.password("pw"),
            new PrivateKeyFacts(true, null, KeyProvider.UNKNOWN, null)),
        Arguments.of(
            "friendly name",
            Pkcs12Spec.password("pw").friendlyName("Edge external"),
            new PrivateKeyFacts(true, "Edge external", KeyProvider.UNKNOWN, null)),
        Arguments.of(
            "CSP provider",
            Pkcs12Spec.password("pw").provider(Pkcs12Spec.CSP),
            new PrivateKeyFacts(true, null, KeyProvider.CSP, Pkcs12Spec.CSP)),
        Arguments.of(
            "CNG provider",
            Pkcs12Spec.password("pw").provider(Pkcs12Spec.CNG),
            new PrivateKeyFacts(true, null, KeyProvider.CNG, Pkcs12Spec.CNG)),
        Arguments.of(
            "mismatched key",
            Pkcs12Spec.password("pw").mismatchedKey(),
            new PrivateKeyFacts(false, null, KeyProvider.UNKNOWN, null)),
        Arguments.of(
            "legacy encryption",
            Pkcs12Spec.password("pw")
                .legacyEncryption()
                .friendlyName("old")
                .provider("Microsoft Strong Cryptographic Provider"),
            new PrivateKeyFacts(
                true, "old", KeyProvider.CSP, "Microsoft Strong Cryptographic Provider")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keyFacts")
  void givenPkcs12WithKey_read_reportsKeyFacts(
      String name, Pkcs12Spec spec, PrivateKeyFacts expected) {
    CertificateEvidence evidence = read(LEAF, spec, "pw");

    assertThat(evidence.key()).contains(expected);
    assertThat(evidence.leaf().sha1Thumbprint()).isEqualTo(LEAF.sha1());
  }

  @Test
  void givenEcKey_read_derivesThePublicKeyToMatch() {
    IssuedCertificate ec =
        PKI.leaf(
            LeafSpec.cn("ec.contoso.com").key(KeyType.EC_P256).issuedBy(Issuer.EC_INTERMEDIATE));

    assertThat(read(ec, Pkcs12Spec.password("pw"), "pw").key())
        .hasValueSatisfying(key -> assertThat(key.matchesCertificate()).isTrue());
    assertThat(read(ec, Pkcs12Spec.password("pw").mismatchedKey(), "pw").key())
        .hasValueSatisfying(key -> assertThat(key.matchesCertificate()).isFalse());
  }

  @Test
  void givenNoPasswordGivenAndUnprotectedFile_read_opensItWithTheEmptyPassword() {
    CertificateEvidence evidence = read(LEAF, Pkcs12Spec.noPassword().friendlyName("edge"), null);

    assertThat(evidence.key())
        .hasValueSatisfying(
            key -> {
              assertThat(key.matchesCertificate()).isTrue();
              assertThat(key.friendlyName()).isEqualTo("edge");
            });
  }

  @Test
  void givenKeyEntryAndChain_read_takesTheKeysCertificateAsLeafAndReportsTheChain() {
    CertificateEvidence evidence = read(LEAF, Pkcs12Spec.password("pw"), "pw");

    assertThat(evidence.supplied())
        .extracting(facts -> facts.sha1Thumbprint())
        .containsExactlyInAnyOrder(PKI.intermediate().sha1(), PKI.root().sha1());
    assertThat(evidence.chain().path()).hasSize(3);
  }
}
