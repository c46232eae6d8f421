package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.time.Instant;
import java.util.List;

/**
 * GEN-VALID-002 (appendix Z): the certificate has not expired at the evaluation time; X.509
 * validity is inclusive, so it is still valid at notAfter itself.
 */
final class NotExpired implements CertificateRule {

  @Override
  public RuleId id() {
    return RuleId.GEN_VALID_002;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Preconditions.issued("validity period"));
  }

  @Override
  public Finding check(ValidationContext context) {
    Instant notAfter = context.leaf().notAfter();
    String expected = "valid at " + context.at();
    String actual = "valid until " + notAfter;
    if (context.at().isAfter(notAfter)) {
      return Finding.broken(id(), "the certificate expired at " + notAfter, expected, actual);
    }
    return Finding.pass(id(), "the certificate has not expired", expected, actual);
  }
}
