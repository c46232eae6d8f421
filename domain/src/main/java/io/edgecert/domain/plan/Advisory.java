package io.edgecert.domain.plan;

import io.edgecert.domain.rules.RuleId;
import java.util.Objects;

/** A plan-wide note that needs the admin's attention, tied to a rule and evaluated as of a date. */
public record Advisory(RuleId rule, AdvisoryLevel severity, String message) {

  public Advisory {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** An advisory at the level of its rule's catalogue severity (should: warning; info: info). */
  public static Advisory of(RuleId rule, String message) {
    return new Advisory(rule, AdvisoryLevel.of(rule.severity()), message);
  }
}
