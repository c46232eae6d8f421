package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.RsaKeySizes;
import io.edgecert.domain.validation.Finding;

/** GEN-KEY-001: documented RSA key lengths are 1024, 2048 and 4096 bits (S10, P1 -KeySize). */
final class DocumentedRsaKeySize extends RsaKeySizeCheck {

  private static final String EXPECTED = "1024, 2048 or 4096";

  @Override
  public RuleId id() {
    return RuleId.GEN_KEY_001;
  }

  @Override
  Finding judge(int bits, String actual) {
    if (RsaKeySizes.DOCUMENTED.contains(bits)) {
      return Finding.pass(id(), "the RSA key size is documented", EXPECTED, actual);
    }
    return Finding.broken(
        id(),
        "a "
            + bits
            + "-bit RSA key is undocumented (Request-CsCertificate -KeySize offers 1024, 2048 and"
            + " 4096)",
        EXPECTED,
        actual);
  }
}
