package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.rules.Severity;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("GEN-KEY-007")
class UsableRsaPublicKeyTest {

  @ParameterizedTest(name = "exponent {0}, even modulus {1} -> {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "65537; false; PASS; the RSA public key is well-formed",
        "3;     false; PASS; the RSA public key is well-formed",
        "1;     false; FAIL; the public exponent 1 is not an odd number of at least 3",
        "2;     false; FAIL; the public exponent 2 is not an odd number of at least 3",
        "65536; false; FAIL; the public exponent 65536 is not an odd number",
        "65537; true;  FAIL; the modulus is even, so it is no product of two odd primes",
        "1;     true;  FAIL; at least 3; the modulus is even"
      })
  void givenExponentAndModulus_evaluate_refusesAnUnusableKey(
      long exponent, boolean even, FindingStatus status, String message) {
    assertFinding(
        new UsableRsaPublicKey(),
        ContextBuilder.external().leaf(l -> l.rsa(2048, exponent, even)),
        status,
        message);
  }

  @Test
  void givenAnEcKey_evaluate_isNotApplicable() {
    assertFinding(
        new UsableRsaPublicKey(),
        ContextBuilder.external()
            .leaf(l -> l.publicKey("EC", 256, "1.2.840.10045.3.1.7", "secp256r1")),
        FindingStatus.NOT_APPLICABLE,
        "the key is not RSA");
  }

  @Test
  void givenARequestWithAnExponentOfOne_evaluate_failsBeforeTheCaSignsIt() {
    assertFinding(
        new UsableRsaPublicKey(),
        ContextBuilder.external().request().leaf(l -> l.rsa(2048, 1, false)),
        FindingStatus.FAIL,
        "exponent 1");
  }

  @Test
  void givenExponentOne_evaluate_showsTheKeyAndTheExpectation() {
    Finding finding =
        assertFinding(
            new UsableRsaPublicKey(),
            ContextBuilder.external().leaf(l -> l.rsa(2048, 1, true)),
            FindingStatus.FAIL,
            "cannot protect a TLS handshake");
    assertThat(finding.expected()).isEqualTo("odd exponent >= 3, odd modulus");
    assertThat(finding.actual()).isEqualTo("exponent 1, even modulus");
    assertThat(finding.severity()).isEqualTo(Severity.MUST);
  }

  @Test
  void givenAnRsaKeyWhoseExponentWasNotRead_evaluate_isNotApplicable() {
    assertFinding(
        new UsableRsaPublicKey(),
        ContextBuilder.external().leaf(l -> l.publicKey("RSA", 2048, null, null)),
        FindingStatus.NOT_APPLICABLE,
        "the RSA key's exponent was not read");
  }
}
