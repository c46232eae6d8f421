package io.edgecert.domain.validation.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.ValidationContext;

/** The assertion every rule test row makes: the status, the message parts, the rule's own id. */
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
    return finding;
  }
}
