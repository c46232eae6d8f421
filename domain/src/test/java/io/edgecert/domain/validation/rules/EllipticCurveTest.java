package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;

import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("GEN-KEY-006")
class EllipticCurveTest {

  @ParameterizedTest(name = "{0} {3} -> {4}")
  @CsvSource(
      nullValues = "null",
      value = {
        "RSA, 2048, null,                 null,            NOT_APPLICABLE, not an EC key",
        "EC,  256,  1.2.840.10045.3.1.7,  secp256r1,       PASS, P-256 (ECDH_P256)",
        "EC,  384,  1.3.132.0.34,         secp384r1,       PASS, P-384 (ECDH_P384)",
        "EC,  521,  1.3.132.0.35,         secp521r1,       PASS, P-521 (ECDH_P521)",
        "EC,  256,  1.3.132.0.10,         secp256k1,       FAIL, EC secp256k1 (1.3.132.0.10)",
        "EC,  256,  1.3.36.3.3.2.8.1.1.7, brainpoolP256r1, FAIL, nor Schannel accepts",
        "EC,  256,  null,                 null,            FAIL, unnamed curve"
      })
  void givenEcKey_evaluate_failsEveryCurveButP256P384P521(
      String algorithm,
      int bits,
      String curveOid,
      String curveName,
      FindingStatus status,
      String message) {
    assertFinding(
        new EllipticCurve(),
        ContextBuilder.external().leaf(l -> l.publicKey(algorithm, bits, curveOid, curveName)),
        status,
        message);
  }
}
