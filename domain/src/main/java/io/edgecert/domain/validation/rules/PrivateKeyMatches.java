package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/** GEN-KEY-004 (appendix Z): the private key in a PKCS#12 file matches its certificate. */
final class PrivateKeyMatches implements CertificateRule {

  private static final String EXPECTED = "the key of the certificate's public key";

  @Override
  public RuleId id() {
    return RuleId.GEN_KEY_004;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Preconditions.HAS_KEY);
  }

  @Override
  public Finding check(ValidationContext context) {
    if (Preconditions.hasMatchingKey(context)) {
      return Finding.pass(
          id(), "the private key matches the certificate", EXPECTED, "matching key");
    }
    return Finding.broken(
        id(),
        "the private key in the PKCS#12 file does not match the certificate's public key; export"
            + " the certificate together with its own key",
        EXPECTED,
        "a different key");
  }
}
