package io.edgecert.x509;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.domain.InvalidInputException;
import java.time.Instant;

/**
 * Fuzzes the certificate reader with any bytes (PEM, DER, PKCS#7, PKCS#12, PKCS#10 and everything
 * in between). The contract: an input is read or refused with {@link InvalidInputException}; any
 * other exception or error escaping is a finding. In {@code mvn verify} only the seed corpus
 * ({@code CertificateReaderFuzzTestInputs/anyInput}, the PKCS#12 seeds with password {@code fuzz})
 * and earlier findings run; {@code scripts/fuzz.sh certificates SECONDS} fuzzes for real.
 */
class CertificateReaderFuzzTest {
  private static final BouncyCastleCertificateReader READER = new BouncyCastleCertificateReader();
  private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");
  private static final char[] PASSWORD = "fuzz".toCharArray();

  @FuzzTest
  void anyInput(byte[] content) {
    if (content == null) {
      return;
    }
    try {
      READER.read(
          new CertificateSource("fuzz.bin", content, PASSWORD.clone(), null),
          TrustSettings.defaults(),
          AT);
    } catch (InvalidInputException expected) {
      // the documented answer to a bad input
    }
  }
}
