package io.edgecert.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.certificate.SourceFormat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PresentedChainTest {
  private static final byte[] LEAF = "leaf DER".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CA = "CA DER".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] STRANGER = "another DER".getBytes(StandardCharsets.US_ASCII);

  /** The leaf's thumbprint in lower case, as no reader writes it: matched ignoring case. */
  private static final CertificateFacts LEAF_FACTS =
      withThumbprint(facts("sip.contoso.com"), sha1(LEAF).toLowerCase(Locale.ROOT));

  private static final CertificateFacts CA_FACTS = withThumbprint(facts("Contoso CA"), sha1(CA));
  private static final CertificateEvidence EVIDENCE =
      new CertificateEvidence(
          "chain", SourceFormat.PEM, false, LEAF_FACTS, List.of(CA_FACTS), null, null);

  @Test
  void givenTheChainInAnotherOrder_inOrder_givesTheFactsInTheOrderSent() {
    assertThat(PresentedChain.inOrder(List.of(CA, LEAF), EVIDENCE))
        .extracting(CertificateFacts::commonName)
        .containsExactly("Contoso CA", "sip.contoso.com");
  }

  @Test
  void givenACertificateTheReaderDidNotReport_inOrder_givesTheReadersOrder() {
    assertThat(PresentedChain.inOrder(List.of(CA, STRANGER, LEAF), EVIDENCE))
        .extracting(CertificateFacts::commonName)
        .containsExactly("sip.contoso.com", "Contoso CA");
  }

  @Test
  void givenDerCertificates_source_wrapsEachAsPemLinesOf64InOneBundle() {
    byte[] long1 = new byte[60];
    CertificateSource source = PresentedChain.source("10.0.0.1", List.of(long1, CA));

    assertThat(source.name()).isEqualTo("10.0.0.1");
    assertThat(source.role()).isNull();
    assertThat(new String(source.content(), StandardCharsets.US_ASCII))
        .isEqualTo(
            "-----BEGIN CERTIFICATE-----\n"
                + "A".repeat(64)
                + "\n"
                + "A".repeat(16)
                + "\n-----END CERTIFICATE-----\n"
                + "-----BEGIN CERTIFICATE-----\n"
                + "Q0EgREVS"
                + "\n-----END CERTIFICATE-----\n");
  }

  private static CertificateFacts facts(String commonName) {
    return EdgeSamples.certificate(commonName, commonName, List.of()).leaf();
  }

  private static String sha1(byte[] der) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-1").digest(der))
          .toUpperCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static CertificateFacts withThumbprint(CertificateFacts f, String thumbprint) {
    return new CertificateFacts(
        f.subjectDn(),
        f.commonName(),
        f.issuerDn(),
        f.serialNumber(),
        f.dnsNames(),
        f.otherNames(),
        f.extendedKeyUsagePresent(),
        f.extendedKeyUsageOids(),
        f.keyUsages(),
        f.certificateAuthority(),
        f.publicKey(),
        f.signature(),
        f.notBefore(),
        f.notAfter(),
        f.crlDistributionPoints(),
        f.authorityInformationAccess(),
        thumbprint,
        f.sha256Fingerprint(),
        f.criticalExtensionOids());
  }
}
