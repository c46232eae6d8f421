package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;
import java.util.Set;

/** GEN-KEY-001: documented RSA key lengths are 1024, 2048 and 4096 bits (S10, P1 -KeySize). */
final class DocumentedRsaKeySize implements CertificateRule {

  private static final Set<Integer> DOCUMENTED = Set.of(1024, 2048, 4096);

  @Override
  public RuleId id() {
    return RuleId.GEN_KEY_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(KeyAlgorithms.RSA_KEY);
  }

  @Override
  public Finding check(ValidationContext context) {
    int bits = context.leaf().publicKey().bits();
    String actual = "RSA " + bits + " bits";
    if (DOCUMENTED.contains(bits)) {
      return Finding.pass(id(), "the RSA key size is documented", "1024, 2048 or 4096", actual);
    }
    return Finding.broken(
        id(),
        "a "
            + bits
            + "-bit RSA key is undocumented (Request-CsCertificate -KeySize offers 1024,"
            + " 2048 and 4096)",
        "1024, 2048 or 4096",
        actual);
  }
}
