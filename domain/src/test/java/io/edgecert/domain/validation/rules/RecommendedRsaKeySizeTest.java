package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;

import io.edgecert.domain.certificate.PublicKeyFacts;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("GEN-KEY-002")
class RecommendedRsaKeySizeTest {

  @ParameterizedTest(name = "RSA {0} -> {1}")
  @CsvSource({
    "512,  WARN, 512-bit RSA key is weaker than the recommended 2048",
    "1024, WARN, 1024-bit RSA key is weaker",
    "2047, WARN, weaker",
    "2048, PASS, 2048 bits or more",
    "3072, PASS, 2048 bits or more",
    "4096, PASS, 2048 bits or more"
  })
  void givenRsaKeySize_evaluate_warnsBelow2048(int bits, FindingStatus status, String message) {
    assertFinding(
        new RecommendedRsaKeySize(),
        ContextBuilder.internal().leaf(l -> l.rsa(bits)),
        status,
        message);
  }

  @Test
  void givenEcKey_evaluate_isNotApplicable() {
    assertFinding(
        new RecommendedRsaKeySize(),
        ContextBuilder.internal()
            .leaf(l -> l.publicKey("EC", 384, PublicKeyFacts.SECP384R1, "secp384r1")),
        FindingStatus.NOT_APPLICABLE,
        "not RSA");
  }
}
