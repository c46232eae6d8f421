package io.edgecert.domain.validation.rules;

import io.edgecert.domain.certificate.PublicKeyFacts;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.rules.Severity;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * GEN-KEY-003: RSA is the default; EC keys on P-256/P-384/P-521 are accepted but warned about,
 * since they need a CNG/KSP provider that Lync reportedly rejects (S10, P1 -KeyAlg, AMB-13); the
 * curve itself is GEN-KEY-006's. Any other algorithm (DSA, EdDSA) is one Request-CsCertificate
 * cannot make and Schannel does not offer: that fails, raised to must although GEN-KEY-003 is
 * should.
 */
final class AcceptedKeyAlgorithm implements CertificateRule {

  private static final String EXPECTED = "RSA, or EC on P-256, P-384 or P-521";

  @Override
  public RuleId id() {
    return RuleId.GEN_KEY_003;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of();
  }

  @Override
  public Finding check(ValidationContext context) {
    PublicKeyFacts key = context.leaf().publicKey();
    String actual = KeyAlgorithms.describe(key);
    if (key.isRsa()) {
      return Finding.pass(id(), "RSA, the default key algorithm", EXPECTED, actual);
    }
    if (!key.isElliptic()) {
      return new Finding(
          id(),
          FindingStatus.FAIL,
          Severity.MUST,
          "a "
              + actual
              + " key is not one Request-CsCertificate -KeyAlg accepts (RSA, ECDH_P256,"
              + " ECDH_P384, ECDH_P521); treated as must although GEN-KEY-003 is should",
          EXPECTED,
          actual,
          id().sourceList());
    }
    return Finding.broken(
        id(),
        "an EC key ("
            + KeyAlgorithms.acceptedCurve(key).orElse(actual)
            + ") can only live in a CNG/KSP provider, which Lync 2010/2013"
            + " reportedly reject (third-party report, see GEN-KEY-005); RSA 2048 is the safe"
            + " choice",
        EXPECTED,
        actual);
  }
}
