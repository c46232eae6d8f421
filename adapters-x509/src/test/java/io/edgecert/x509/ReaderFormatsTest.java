package io.edgecert.x509;

import static io.edgecert.x509.Fixtures.PKI;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.certificate.SourceFormat;
import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.Pkcs12Spec;
import io.edgecert.x509.testing.TestCsr;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReaderFormatsTest {
  private static final IssuedCertificate LEAF =
      PKI.leaf(LeafSpec.cn("sip.contoso.com").dns("sip.contoso.com", "webcon.contoso.com"));
  private static final IssuedCertificate MID = PKI.intermediate();
  private static final IssuedCertificate ROOT = PKI.root();
  private static final TestCsr CSR = PKI.csr(LeafSpec.cn("sip.contoso.com").dns("sip.contoso.com"));

  static Stream<Arguments> certificateInputs() {
    return Stream.of(
        row("PEM leaf only", plain(Exports.pem(LEAF)), SourceFormat.PEM, 0,
            ChainStatus.INCOMPLETE),
        row("PEM leaf first", plain(Exports.pem(LEAF, MID, ROOT)), SourceFormat.PEM, 2,
            ChainStatus.PUBLIC_ROOT),
        row("PEM root first", plain(Exports.pem(ROOT, MID, LEAF)), SourceFormat.PEM, 2,
            ChainStatus.PUBLIC_ROOT),
        row("PEM leaf in the middle", plain(Exports.pem(MID, LEAF)), SourceFormat.PEM, 1,
            ChainStatus.PUBLIC_ROOT),
        row("PEM with CRLF and text around", plain(windowsText(Exports.pem(MID, LEAF))),
            SourceFormat.PEM, 1, ChainStatus.PUBLIC_ROOT),
        row("DER", plain(LEAF.der()), SourceFormat.DER, 0, ChainStatus.INCOMPLETE),
        row("PKCS#7 DER", plain(Exports.pkcs7Der(LEAF, MID)), SourceFormat.PKCS7, 1,
            ChainStatus.PUBLIC_ROOT),
        row("PKCS#7 PEM", plain(Exports.pkcs7Pem(ROOT, LEAF, MID)), SourceFormat.PKCS7, 2,
            ChainStatus.PUBLIC_ROOT),
        row("PKCS#12 without password", plain(LEAF.pkcs12(Pkcs12Spec.noPassword())),
            SourceFormat.PKCS12, 2, ChainStatus.PUBLIC_ROOT),
        row("PKCS#12 with password", Fixtures.source("in", LEAF.pkcs12(
            Pkcs12Spec.password("s3cret!")), "s3cret!"), SourceFormat.PKCS12, 2,
            ChainStatus.PUBLIC_ROOT),
        row("PKCS#12 legacy 3DES/RC2", Fixtures.source("in", LEAF.pkcs12(
            Pkcs12Spec.password("pw").legacyEncryption()), "pw"), SourceFormat.PKCS12, 2,
            ChainStatus.PUBLIC_ROOT),
        row("PKCS#12 empty password as 00 00", plain(LEAF.pkcs12(
            Pkcs12Spec.noPassword().emptyPasswordAsTwoZeroBytes())), SourceFormat.PKCS12, 2,
            ChainStatus.PUBLIC_ROOT),
        row("PKCS#12 without MAC", Fixtures.source("in", LEAF.pkcs12(
            Pkcs12Spec.password("pw").withoutMac()), "pw"), SourceFormat.PKCS12, 2,
            ChainStatus.PUBLIC_ROOT),
        row("PKCS#12 without chain", plain(LEAF.pkcs12(Pkcs12Spec.noPassword().withoutChain())),
            SourceFormat.PKCS12, 0, ChainStatus.INCOMPLETE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("certificateInputs")
  void givenCertificateInput_read_findsLeafFormatAndChain(String name, CertificateSource source,
      SourceFormat format, int supplied, ChainStatus chain) {
    CertificateEvidence evidence = Fixtures.read(source, Fixtures.PUBLIC_TEST_ROOT);

    assertThat(evidence.file()).isEqualTo("in");
    assertThat(evidence.format()).isEqualTo(format);
    assertThat(evidence.request()).isFalse();
    assertThat(evidence.leaf().sha1Thumbprint()).isEqualTo(LEAF.sha1());
    assertThat(evidence.supplied()).hasSize(supplied);
    assertThat(evidence.chain().status()).isEqualTo(chain);
  }

  static Stream<Arguments> requests() {
    return Stream.of(
        Arguments.of("PEM CERTIFICATE REQUEST", CSR.pem()),
        Arguments.of("PEM NEW CERTIFICATE REQUEST", CSR.newPem()),
        Arguments.of("DER", CSR.der()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void givenRequest_read_returnsRequestEvidenceWithoutChain(String name, byte[] content) {
    CertificateEvidence evidence = Fixtures.read("edge.csr", content);

    assertThat(evidence.format()).isEqualTo(SourceFormat.PKCS10);
    assertThat(evidence.request()).isTrue();
    assertThat(evidence.leaf().commonName()).isEqualTo("sip.contoso.com");
    assertThat(evidence.leaf().dnsNames()).containsExactly("sip.contoso.com");
    assertThat(evidence.chain().status()).isEqualTo(ChainStatus.NOT_CHECKED);
    assertThat(evidence.supplied()).isEmpty();
    assertThat(evidence.key()).isEmpty();
  }

  private static Arguments row(String name, CertificateSource source, SourceFormat format,
      int supplied, ChainStatus chain) {
    return Arguments.of(name, source, format, supplied, chain);
  }

  private static CertificateSource plain(byte[] content) {
    return Fixtures.source("in", content);
  }

  private static byte[] windowsText(byte[] pem) {
    String text = "Bag Attributes\r\n    friendlyName: edge\r\n"
        + new String(pem, StandardCharsets.US_ASCII).replace("\n", "\r\n") + "\r\n";
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
