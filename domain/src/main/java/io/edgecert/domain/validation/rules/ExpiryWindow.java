package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * GEN-VALID-003 (appendix Z): the certificate does not expire within the warning window; a window
 * of N days warns when notAfter is at most N days after the evaluation time.
 */
final class ExpiryWindow implements CertificateRule {

  @Override
  public RuleId id() {
    return RuleId.GEN_VALID_003;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Preconditions.issued("validity period"),
        Precondition.when(
            c -> !c.at().isAfter(c.leaf().notAfter()),
            "the certificate has already expired (GEN-VALID-002)"));
  }

  @Override
  public Finding check(ValidationContext context) {
    Instant notAfter = context.leaf().notAfter();
    Duration window = Duration.ofDays(context.expiryWarningDays());
    String expected = "valid beyond " + context.at().truncatedTo(ChronoUnit.SECONDS).plus(window);
    String actual = "valid until " + notAfter;
    if (notAfter.isAfter(context.at().plus(window))) {
      return Finding.pass(
          id(),
          "the certificate does not expire within " + window.toDays() + " days",
          expected,
          actual);
    }
    long days = Duration.between(context.at(), notAfter).toDays();
    return Finding.broken(
        id(),
        "the certificate expires in "
            + days
            + " days, at "
            + notAfter
            + ": renew it (the"
            + " warning window is "
            + window.toDays()
            + " days)",
        expected,
        actual);
  }
}
