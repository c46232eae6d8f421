package io.edgecert.domain.validation;

import java.util.Optional;
import java.util.function.Predicate;

/** A condition a rule needs before it can judge a certificate, with the reason when it is unmet. */
@FunctionalInterface
public interface Precondition {

  /** Empty when the condition holds; otherwise why the rule does not apply, for the report. */
  Optional<String> unmetBecause(ValidationContext context);

  /** A condition that holds when {@code holds} does, and otherwise gives {@code reason}. */
  static Precondition when(Predicate<ValidationContext> holds, String reason) {
    return context -> holds.test(context) ? Optional.empty() : Optional.of(reason);
  }
}
