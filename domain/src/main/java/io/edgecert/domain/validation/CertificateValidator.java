package io.edgecert.domain.validation;

import io.edgecert.domain.certificate.CertificateFacts;
import java.util.List;

/** Judges one certificate against the planned certificate of its role, rule by rule. */
public final class CertificateValidator {

  private final List<CertificateRule> rules;

  /** A validator with these rules, in report order (normally {@code CertificateRules.ALL}). */
  public CertificateValidator(List<? extends CertificateRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** One finding per rule, not-applicable ones included, so a report shows every rule weighed. */
  public CertificateReport validate(ValidationContext context) {
    List<Finding> findings =
        rules.stream()
            .map(rule -> rule.evaluate(context))
            .map(finding -> context.isRequest() ? RequestWording.of(finding) : finding)
            .toList();
    CertificateFacts leaf = context.leaf();
    return new CertificateReport(
        context.role(),
        context.evidence().file(),
        leaf.commonName() != null ? leaf.commonName() : leaf.subjectDn(),
        leaf.sha1Thumbprint(),
        findings);
  }
}
