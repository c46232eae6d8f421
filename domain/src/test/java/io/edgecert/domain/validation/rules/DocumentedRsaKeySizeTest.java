package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;

import io.edgecert.domain.certificate.PublicKeyFacts;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("GEN-KEY-001")
class DocumentedRsaKeySizeTest {

  @ParameterizedTest(name = "RSA {0} -> {1}")
  @CsvSource({
    "512,  WARN, 512-bit RSA key is undocumented",
    "1023, WARN, undocumented",
    "1024, PASS, documented",
    "2047, WARN, undocumented",
    "2048, PASS, documented",
    "3072, WARN, 3072-bit RSA key is undocumented",
    "4096, PASS, documented",
    "8192, WARN, undocumented"
  })
  void givenRsaKeySize_evaluate_warnsOnUndocumentedSizes(
      int bits, FindingStatus status, String message) {
    assertFinding(
        new DocumentedRsaKeySize(),
        ContextBuilder.external().leaf(l -> l.rsa(bits)),
        status,
        message);
  }

  @Test
  void givenEcKey_evaluate_leavesItToGenKey003() {
    assertFinding(
        new DocumentedRsaKeySize(),
        ContextBuilder.external()
            .leaf(l -> l.publicKey("EC", 256, PublicKeyFacts.SECP256R1, "secp256r1")),
        FindingStatus.NOT_APPLICABLE,
        "GEN-KEY-003");
  }
}
