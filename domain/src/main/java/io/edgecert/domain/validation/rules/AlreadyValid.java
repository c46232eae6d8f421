package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.time.Instant;
import java.util.List;

/**
 * GEN-VALID-001 (appendix Z): the certificate is valid at the evaluation time (notBefore <= at).
 */
final class AlreadyValid implements CertificateRule {

  @Override
  public RuleId id() {
    return RuleId.GEN_VALID_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Preconditions.issued("validity period"));
  }

  @Override
  public Finding check(ValidationContext context) {
    Instant notBefore = context.leaf().notBefore();
    String expected = "valid at " + context.at();
    String actual = "valid from " + notBefore;
    if (context.at().isBefore(notBefore)) {
      return Finding.broken(
          id(), "the certificate is not valid until " + notBefore, expected, actual);
    }
    return Finding.pass(id(), "the certificate's validity has begun", expected, actual);
  }
}
