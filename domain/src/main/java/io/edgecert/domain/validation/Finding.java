package io.edgecert.domain.validation;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.rules.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What one rule found on one certificate: status, the rule's severity, a message for the admin, the
 * expected and actual values (null where they say nothing), and the documentation sources.
 */
public record Finding(
    RuleId rule,
    FindingStatus status,
    Severity severity,
    String message,
    String expected,
    String actual,
    List<String> sources) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    sources = List.copyOf(sources);
  }

  /** A finding for {@code rule} with its catalogue severity and sources. */
  public static Finding of(
      RuleId rule, FindingStatus status, String message, String expected, String actual) {
    return new Finding(rule, status, rule.severity(), message, expected, actual, rule.sourceList());
  }

  /** True when this finding makes the verdict fail: a must-rule that failed. */
  public boolean breaksVerdict() {
    return status == FindingStatus.FAIL && severity == Severity.MUST;
  }
}
