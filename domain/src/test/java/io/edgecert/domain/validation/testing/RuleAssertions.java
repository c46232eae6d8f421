package io.edgecert.domain.validation.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.ValidationContext;

/**
 * The assertion every rule test row makes: the status, the message parts, the rule's own id, and
 * what an admin reads beside the message: a finding that does not apply states no expected or
 * actual value; every other finding states both, and a broken rule's actual value is not the one it
 * expected (else the admin is told "expected X, found X").
 */
public final class RuleAssertions {

  private RuleAssertions() {}

  /** Evaluates {@code rule} and asserts the finding; returns it for further checks. */
  public static Finding assertFinding(
      CertificateRule rule, ContextBuilder builder, FindingStatus status, String... messageParts) {
    ValidationContext context = builder.build();
    Finding finding = rule.evaluate(context);
    assertThat(finding.rule()).isEqualTo(rule.id());
    assertThat(finding.status()).as(finding.message()).isEqualTo(status);
    assertThat(finding.message()).contains(messageParts);
    assertThat(rule.appliesTo(context)).isEqualTo(status != FindingStatus.NOT_APPLICABLE);
    assertExpectedAndActual(finding);
    return finding;
  }

  /**
   * Evaluates {@code rule} and asserts the finding with its expected and actual values exactly;
   * returns it for further checks.
   */
  public static Finding assertFinding(
      CertificateRule rule,
      ContextBuilder builder,
      FindingStatus status,
      String expected,
      String actual,
      String... messageParts) {
    Finding finding = assertFinding(rule, builder, status, messageParts);
    assertThat(finding.expected()).as("expected of " + finding.message()).isEqualTo(expected);
    assertThat(finding.actual()).as("actual of " + finding.message()).isEqualTo(actual);
    return finding;
  }

  /** The expected/actual invariants every finding keeps, whatever its rule. */
  public static void assertExpectedAndActual(Finding finding) {
    String what = finding.rule().id() + " " + finding.status() + ": " + finding.message();
    if (finding.status() == FindingStatus.NOT_APPLICABLE) {
      assertThat(finding.expected()).as("expected of " + what).isNull();
      assertThat(finding.actual()).as("actual of " + what).isNull();
      return;
    }
    assertThat(finding.expected()).as("expected of " + what).isNotBlank();
    assertThat(finding.actual()).as("actual of " + what).isNotBlank();
    if (finding.status() == FindingStatus.FAIL || finding.status() == FindingStatus.WARN) {
      assertThat(finding.actual()).as("actual of " + what).isNotEqualTo(finding.expected());
    }
  }
}
