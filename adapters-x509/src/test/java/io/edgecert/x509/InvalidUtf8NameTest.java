package io.edgecert.x509;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A certificate whose subject holds a UTF8String that is not UTF-8 (as the pyca vector
 * invalid_utf8_common_name.pem) is the input's fault: it is read, the bad bytes shown as U+FFFD,
 * and the other checks go on.
 */
class InvalidUtf8NameTest {
  static final String CN = "sip.contoso.com";

  /** The DER of a leaf whose subject CN (a UTF8String) has one byte replaced by 0xFF. */
  static byte[] invalidUtf8CommonName() {
    IssuedCertificate leaf = Fixtures.PKI.leaf(LeafSpec.cn(CN));
    byte[] der = leaf.der().clone();
    byte[] text = CN.getBytes(StandardCharsets.US_ASCII);
    for (int i = 2; i + text.length <= der.length; i++) {
      if (der[i - 2] == 0x0C && der[i - 1] == text.length && matches(der, i, text)) {
        der[i + 3] = (byte) 0xFF;
        return der;
      }
    }
    throw new IllegalStateException("no UTF8String CN in the test certificate");
  }

  private static boolean matches(byte[] der, int at, byte[] text) {
    for (int j = 0; j < text.length; j++) {
      if (der[at + j] != text[j]) {
        return false;
      }
    }
    return true;
  }

  @Test
  void givenInvalidUtf8InTheSubject_read_showsTheBadBytesAsReplacementCharacters() {
    CertificateEvidence evidence = Fixtures.read("bad-utf8.cer", invalidUtf8CommonName());

    assertThat(evidence.leaf().subjectDn()).isEqualTo("CN=sip\uFFFDcontoso.com");
    assertThat(evidence.leaf().commonName()).isEqualTo("sip\uFFFDcontoso.com");
  }
}
