package io.edgecert.x509;

import static io.edgecert.x509.Fixtures.PKI;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.certificate.PublicKeyFacts;
import io.edgecert.domain.certificate.SignatureFacts;
import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.Issuer;
import io.edgecert.x509.testing.KeyType;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.SignatureType;
import io.edgecert.x509.testing.TestPki;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CertificateFactsTest {
  private static final Instant FROM = TestPki.NOW.minus(Duration.ofDays(10));
  private static final Instant UNTIL = TestPki.NOW.plus(Duration.ofDays(100));
  private static final String UPN = "1.3.6.1.4.1.311.20.2.3";
  private static final BigInteger F4 = BigInteger.valueOf(65537);

  private static CertificateFacts leafFacts(IssuedCertificate certificate) {
    return Fixtures.read(
            "edge.pem", Exports.pem(certificate.withChain().toArray(IssuedCertificate[]::new)))
        .leaf();
  }

  @Test
  void givenRichCertificate_read_extractsEveryField() {
    IssuedCertificate leaf =
        PKI.leaf(
            LeafSpec.cn("sip.contoso.com")
                .organization("Contoso", "US")
                .dns("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com")
                .ip("203.0.113.5", "2001:db8::1")
                .uri("sip:edge@contoso.com")
                .email("admin@contoso.com")
                .otherName(UPN)
                .eku(TestPki.SERVER_AUTH, TestPki.CLIENT_AUTH)
                .keyUsage("digitalSignature", "keyEncipherment")
                .validity(FROM, UNTIL)
                .crl("http://crl.contoso.com/ca.crl", "ldap:///CN=ca,CN=cdp,DC=contoso,DC=com")
                .caIssuers("http://aia.contoso.com/ca.crt")
                .ocsp("http://ocsp.contoso.com"));

    CertificateFacts facts = leafFacts(leaf);

    assertThat(facts.subjectDn()).isEqualTo("CN=sip.contoso.com,O=Contoso,C=US");
    assertThat(facts.commonName()).isEqualTo("sip.contoso.com");
    assertThat(facts.issuerDn()).isEqualTo(TestPki.INTERMEDIATE_DN);
    assertThat(facts.serialNumber())
        .isEqualTo(leaf.holder().getSerialNumber().toString(16).toUpperCase());
    assertThat(facts.dnsNames())
        .containsExactly("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com");
    assertThat(facts.otherNames())
        .containsExactly(
            "IP:203.0.113.5",
            "IP:2001:db8::1",
            "URI:sip:edge@contoso.com",
            "email:admin@contoso.com",
            "otherName:" + UPN);
    assertThat(facts.extendedKeyUsagePresent()).isTrue();
    assertThat(facts.extendedKeyUsageOids())
        .containsExactly(TestPki.SERVER_AUTH, TestPki.CLIENT_AUTH);
    assertThat(facts.keyUsages()).containsExactly("digitalSignature", "keyEncipherment");
    assertThat(facts.certificateAuthority()).isFalse();
    assertThat(facts.publicKey())
        .usingRecursiveComparison()
        .ignoringFields("sha256")
        .isEqualTo(new PublicKeyFacts("RSA", 2048, null, null).withRsa(F4, false));
    assertThat(facts.signature())
        .isEqualTo(new SignatureFacts("1.2.840.113549.1.1.11", "sha256WithRSAEncryption"));
    assertThat(facts.notBefore()).isEqualTo(FROM);
    assertThat(facts.notAfter()).isEqualTo(UNTIL);
    assertThat(facts.crlDistributionPoints())
        .containsExactly("http://crl.contoso.com/ca.crl", "ldap:///CN=ca,CN=cdp,DC=contoso,DC=com");
    assertThat(facts.authorityInformationAccess())
        .containsExactly("http://aia.contoso.com/ca.crt", "http://ocsp.contoso.com");
    assertThat(facts.sha1Thumbprint()).isEqualTo(leaf.sha1()).matches("[0-9A-F]{40}");
    assertThat(facts.sha256Fingerprint()).isEqualTo(leaf.sha256()).matches("[0-9A-F]{64}");
  }

  @Test
  void givenValidityTimesOffMidnight_read_keepsThemToTheSecond_inUtcTimeAndGeneralizedTime() {
    // UTCTime until 2049, GeneralizedTime from 2050 (RFC 5280 4.1.2.5): both forms, every field.
    Instant from = Instant.parse("2025-12-22T13:47:09Z");
    Instant until = Instant.parse("2049-12-31T23:59:58Z");
    Instant generalized = Instant.parse("2051-03-04T05:06:07Z");

    CertificateFacts utc = leafFacts(PKI.leaf(LeafSpec.cn("a.contoso.com").validity(from, until)));
    CertificateFacts late =
        leafFacts(PKI.leaf(LeafSpec.cn("b.contoso.com").validity(until, generalized)));

    assertThat(utc.notBefore()).isEqualTo(from);
    assertThat(utc.notAfter()).isEqualTo(until);
    assertThat(late.notBefore()).isEqualTo(until);
    assertThat(late.notAfter()).isEqualTo(generalized);
  }

  @Test
  void givenBareCertificate_read_reportsAbsentExtensionsAsEmpty() {
    CertificateFacts facts =
        leafFacts(PKI.leaf(LeafSpec.cn(null).organization("Contoso", "US").eku().keyUsage()));

    assertThat(facts.subjectDn()).isEqualTo("O=Contoso,C=US");
    assertThat(facts.commonName()).isNull();
    assertThat(facts.dnsNames()).isEmpty();
    assertThat(facts.otherNames()).isEmpty();
    assertThat(facts.extendedKeyUsagePresent()).isFalse();
    assertThat(facts.extendedKeyUsageOids()).isEmpty();
    assertThat(facts.keyUsages()).isEmpty();
    assertThat(facts.crlDistributionPoints()).isEmpty();
    assertThat(facts.authorityInformationAccess()).isEmpty();
  }

  @Test
  void givenCaCertificateAndChain_read_marksCaAndReportsSuppliedCertificates() {
    IssuedCertificate leaf =
        PKI.leaf(
            LeafSpec.cn("ca-as-server.contoso.com")
                .ca()
                .keyUsage("keyCertSign", "cRLSign", "digitalSignature"));

    CertificateEvidence evidence = Fixtures.read("ca.pem", Exports.pem(leaf, PKI.intermediate()));

    assertThat(evidence.leaf().certificateAuthority()).isTrue();
    assertThat(evidence.leaf().keyUsages())
        .containsExactly("digitalSignature", "keyCertSign", "cRLSign");
    assertThat(evidence.supplied())
        .singleElement()
        .satisfies(
            intermediate -> {
              assertThat(intermediate.subjectDn()).isEqualTo(TestPki.INTERMEDIATE_DN);
              assertThat(intermediate.certificateAuthority()).isTrue();
              assertThat(intermediate.sha1Thumbprint()).isEqualTo(PKI.intermediate().sha1());
            });
  }

  private static PublicKeyFacts rsa(int bits) {
    return new PublicKeyFacts("RSA", bits, null, null).withRsa(F4, false);
  }

  static Stream<Arguments> keyTypes() {
    return Stream.of(
        Arguments.of(KeyType.RSA_1024, rsa(1024)),
        Arguments.of(KeyType.RSA_2048, rsa(2048)),
        Arguments.of(KeyType.RSA_3072, rsa(3072)),
        Arguments.of(KeyType.RSA_4096, rsa(4096)),
        Arguments.of(
            KeyType.EC_P256, new PublicKeyFacts("EC", 256, PublicKeyFacts.SECP256R1, "secp256r1")),
        Arguments.of(
            KeyType.EC_P384, new PublicKeyFacts("EC", 384, PublicKeyFacts.SECP384R1, "secp384r1")),
        Arguments.of(
            KeyType.EC_P521, new PublicKeyFacts("EC", 521, PublicKeyFacts.SECP521R1, "secp521r1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keyTypes")
  void givenKeyType_read_reportsAlgorithmSizeAndCurve(KeyType type, PublicKeyFacts expected) {
    assertThat(leafFacts(PKI.leaf(LeafSpec.cn("k.contoso.com").key(type))).publicKey())
        .usingRecursiveComparison()
        .ignoringFields("sha256")
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(SignatureType.class)
  void givenSignatureAlgorithm_read_namesItAndVerifiesTheChain(SignatureType type) {
    Issuer issuer = type.needsRsaKey() ? Issuer.INTERMEDIATE : Issuer.EC_INTERMEDIATE;
    IssuedCertificate leaf =
        PKI.leaf(LeafSpec.cn("s.contoso.com").signature(type).issuedBy(issuer));

    CertificateEvidence evidence =
        Fixtures.read("sig.pem", Exports.pem(leaf.withChain().toArray(IssuedCertificate[]::new)));

    assertThat(evidence.leaf().signature().oid()).isEqualTo(type.oid());
    assertThat(evidence.leaf().signature().name()).isEqualTo(expectedName(type));
    assertThat(evidence.chain().status()).isEqualTo(ChainStatus.PUBLIC_ROOT);
  }

  private static String expectedName(SignatureType type) {
    if (type == SignatureType.RSASSA_PSS) {
      return "RSASSA-PSS";
    }
    String hash = type.name().replaceAll("[^0-9]", "");
    return type.needsRsaKey() ? "sha" + hash + "WithRSAEncryption" : "ecdsa-with-SHA" + hash;
  }
}
