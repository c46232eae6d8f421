package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.rules.Severity;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptedKeyAlgorithmTest {

  @ParameterizedTest(name = "{0} {2} -> {4} ({5})")
  @CsvSource(
      nullValues = "null",
      value = {
        "RSA,     2048, null,                 null,            PASS, SHOULD, default key algorithm",
        "RSA,     1024, null,                 null,            PASS, SHOULD, default key algorithm",
        "EC,      256,  1.2.840.10045.3.1.7,  secp256r1,       WARN, SHOULD, P-256 (ECDH_P256)",
        "EC,      384,  1.3.132.0.34,         secp384r1,       WARN, SHOULD, CNG/KSP provider",
        "EC,      521,  1.3.132.0.35,         secp521r1,       WARN, SHOULD, P-521 (ECDH_P521)",
        "EC,      256,  1.3.132.0.10,         secp256k1,       WARN, SHOULD, EC secp256k1",
        "EC,      256,  1.3.36.3.3.2.8.1.1.7, brainpoolP256r1, WARN, SHOULD, CNG/KSP provider",
        "EC,      256,  null,                 null,            WARN, SHOULD, unnamed curve",
        "DSA,     2048, null,                 null,            FAIL, MUST,   DSA 2048 bits",
        "Ed25519, 256,  null,                 null,            FAIL, MUST,   -KeyAlg accepts"
      })
  void givenKeyAlgorithm_evaluate_warnsOnEcAndFailsOnOtherAlgorithms(
      String algorithm,
      int bits,
      String curveOid,
      String curveName,
      FindingStatus status,
      Severity severity,
      String message) {
    Finding finding =
        assertFinding(
            new AcceptedKeyAlgorithm(),
            ContextBuilder.external().leaf(l -> l.publicKey(algorithm, bits, curveOid, curveName)),
            status,
            message);
    assertThat(finding.severity()).isEqualTo(severity);
    assertThat(finding.breaksVerdict()).isEqualTo(status == FindingStatus.FAIL);
  }
}
