package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * GEN-KEY-006: an EC key is on P-256, P-384 or P-521, the curves of Request-CsCertificate -KeyAlg
 * ECDH_P256/P384/P521 (P1) and the only ones Schannel offers for a server key.
 */
final class EllipticCurve implements CertificateRule {

  private static final String EXPECTED = "EC on P-256, P-384 or P-521";

  @Override
  public RuleId id() {
    return RuleId.GEN_KEY_006;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Precondition.when(c -> c.leaf().publicKey().isElliptic(), "the key is not an EC key"));
  }

  @Override
  public Finding check(ValidationContext context) {
    String actual = KeyAlgorithms.describe(context.leaf().publicKey());
    return KeyAlgorithms.acceptedCurve(context.leaf().publicKey())
        .map(curve -> Finding.pass(id(), "the key is on " + curve, EXPECTED, actual))
        .orElseGet(
            () ->
                Finding.broken(
                    id(),
                    "the key is on a curve that neither Request-CsCertificate -KeyAlg (ECDH_P256,"
                        + " ECDH_P384, ECDH_P521) nor Schannel accepts: "
                        + actual,
                    EXPECTED,
                    actual));
  }
}
