package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/** GEN-KEY-002: RSA keys of 2048 bits or more are recommended (S10, S16, S17, S34, K4). */
final class RecommendedRsaKeySize implements CertificateRule {

  private static final int RECOMMENDED_BITS = 2048;

  @Override
  public RuleId id() {
    return RuleId.GEN_KEY_002;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(KeyAlgorithms.RSA_KEY);
  }

  @Override
  public Finding check(ValidationContext context) {
    int bits = context.leaf().publicKey().bits();
    String actual = "RSA " + bits + " bits";
    if (bits >= RECOMMENDED_BITS) {
      return Finding.pass(id(), "the RSA key has 2048 bits or more", "2048 bits or more", actual);
    }
    return Finding.broken(
        id(),
        "a " + bits + "-bit RSA key is weaker than the recommended 2048 bits (the wizard default)",
        "2048 bits or more",
        actual);
  }
}
