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

  /** A passed rule. */
  public static Finding pass(RuleId rule, String message, String expected, String actual) {
    return of(rule, FindingStatus.PASS, message, expected, actual);
  }

  /** A broken rule: fail for a must-rule, warn for a should- or info-rule. */
  public static Finding broken(RuleId rule, String message, String expected, String actual) {
    FindingStatus status =
        rule.severity() == Severity.MUST ? FindingStatus.FAIL : FindingStatus.WARN;
    return of(rule, status, message, expected, actual);
  }

  /** A rule that does not apply to this certificate, saying why. */
  public static Finding notApplicable(RuleId rule, String reason) {
    return of(rule, FindingStatus.NOT_APPLICABLE, reason, null, null);
  }

  /** True when this finding makes the verdict fail: a must-rule that failed. */
  public boolean breaksVerdict() {
    return status == FindingStatus.FAIL && severity == Severity.MUST;
  }
}
