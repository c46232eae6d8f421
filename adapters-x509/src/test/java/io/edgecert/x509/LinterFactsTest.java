package io.edgecert.x509;

import static io.edgecert.x509.Fixtures.PKI;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import java.math.BigInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The facts behind the checks generic linters make (GEN-EXT-001, GEN-KEY-007, GEN-SERIAL-001), read
 * from certificates the test PKI makes with exactly those flaws.
 */
@Tag("GEN-EXT-001")
@Tag("GEN-KEY-007")
@Tag("GEN-SERIAL-001")
class LinterFactsTest {
  /** An RSA 2048-bit modulus: 2^2047 + 1 is odd, 2^2047 + 2 even; neither needs to be prime. */
  private static final BigInteger ODD_MODULUS = BigInteger.ONE.shiftLeft(2047).add(BigInteger.ONE);

  private static CertificateFacts read(LeafSpec spec) {
    IssuedCertificate leaf = PKI.leaf(spec);
    return Fixtures.read(
            "edge.pem", Exports.pem(leaf.withChain().toArray(IssuedCertificate[]::new)))
        .leaf();
  }

  @ParameterizedTest(name = "serial {0} -> {1}")
  @CsvSource({"0, 00", "-1, FF", "-256, FF00", "128, 0080", "4096, 1000"})
  void givenSerial_read_givesItsTwosComplementOctets(long serial, String hex) {
    CertificateFacts facts =
        read(LeafSpec.cn("sip.contoso.com").serial(BigInteger.valueOf(serial)));

    assertThat(facts.serialNumber()).isEqualTo(hex);
  }

  @Test
  void givenCriticalExtensions_read_listsTheirOidsInOrder() {
    CertificateFacts facts =
        read(LeafSpec.cn("sip.contoso.com").criticalExtension("1.3.6.1.4.1.99999.1"));

    // keyUsage is critical in every test leaf; the extra one comes after it
    assertThat(facts.criticalExtensionOids()).containsExactly("2.5.29.15", "1.3.6.1.4.1.99999.1");
  }

  @Test
  void givenNoCriticalExtension_read_listsNone() {
    CertificateFacts facts = read(LeafSpec.cn("sip.contoso.com").keyUsage());

    assertThat(facts.criticalExtensionOids()).isEmpty();
  }

  @ParameterizedTest(name = "modulus + {0}, exponent {1} -> even {2}")
  @CsvSource({"0, 65537, false", "0, 1, false", "1, 65537, true", "1, 3, true"})
  void givenRsaKey_read_givesExponentAndModulusParity(
      int addToModulus, long exponent, boolean even) {
    CertificateFacts facts =
        read(
            LeafSpec.cn("sip.contoso.com")
                .rsaPublicKey(
                    ODD_MODULUS.add(BigInteger.valueOf(addToModulus)),
                    BigInteger.valueOf(exponent)));

    assertThat(facts.publicKey().rsaExponent()).isEqualTo(BigInteger.valueOf(exponent));
    assertThat(facts.publicKey().rsaModulusEven()).isEqualTo(even);
    assertThat(facts.publicKey().bits()).isEqualTo(2048);
  }

  @Test
  void givenAnOrdinaryKey_read_givesF4AndAnOddModulus() {
    CertificateFacts facts = read(LeafSpec.cn("sip.contoso.com"));

    assertThat(facts.publicKey().rsaExponent()).isEqualTo(BigInteger.valueOf(65537));
    assertThat(facts.publicKey().rsaModulusEven()).isFalse();
  }
}
