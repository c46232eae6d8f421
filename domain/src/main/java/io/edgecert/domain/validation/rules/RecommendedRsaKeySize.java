package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.RsaKeySizes;
import io.edgecert.domain.validation.Finding;

/** GEN-KEY-002: RSA keys of 2048 bits or more are recommended (S10, S16, S17, S34, K4). */
final class RecommendedRsaKeySize extends RsaKeySizeCheck {

  private static final String EXPECTED = "2048 bits or more";

  @Override
  public RuleId id() {
    return RuleId.GEN_KEY_002;
  }

  @Override
  Finding judge(int bits, String actual) {
    if (bits >= RsaKeySizes.RECOMMENDED) {
      return Finding.pass(id(), "the RSA key has 2048 bits or more", EXPECTED, actual);
    }
    return Finding.broken(
        id(),
        "a " + bits + "-bit RSA key is weaker than the recommended 2048 bits (the wizard default)",
        EXPECTED,
        actual);
  }
}
