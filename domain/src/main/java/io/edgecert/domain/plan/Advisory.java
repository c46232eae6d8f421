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
}
