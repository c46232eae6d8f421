package io.edgecert.domain.validation;

import io.edgecert.domain.rules.RuleId;
import java.util.List;
import java.util.Optional;

/**
 * One catalogue rule as a check on one certificate: its id (severity, statement and sources come
 * from {@link RuleId}), the preconditions under which it applies, and the check, which returns a
 * finding and never throws for a broken rule.
 */
public interface CertificateRule {

  RuleId id();

  /** The conditions under which the rule applies, in order; the first unmet one says why not. */
  List<Precondition> preconditions();

  /** Judges a certificate the rule applies to. */
  Finding check(ValidationContext context);

  default boolean appliesTo(ValidationContext context) {
    return whyNotApplicable(context).isEmpty();
  }

  /** Why the rule does not apply to this certificate; empty when it does. */
  default Optional<String> whyNotApplicable(ValidationContext context) {
    return preconditions().stream()
        .map(precondition -> precondition.unmetBecause(context))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The finding of this rule: a not-applicable one saying why, or the result of the check. */
  default Finding evaluate(ValidationContext context) {
    return whyNotApplicable(context)
        .map(reason -> Finding.notApplicable(id(), reason))
        .orElseGet(() -> check(context));
  }
}
