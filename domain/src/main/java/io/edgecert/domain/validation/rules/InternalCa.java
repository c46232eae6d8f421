package io.edgecert.domain.validation.rules;

import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * INT-CA-001: the internal certificate may come from an internal or a public CA, an internal one
 * being recommended to save cost (S02-S06, S13, S17, S18, K1); the finding reports which it is.
 */
final class InternalCa implements CertificateRule {

  private static final String EXPECTED = "a private (internal CA) or public root";

  @Override
  public RuleId id() {
    return RuleId.INT_CA_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Preconditions.INTERNAL,
        Preconditions.issued("issuer chain"),
        Preconditions.CHAIN_CHECKED,
        Chains.REACHES_ROOT);
  }

  @Override
  public Finding check(ValidationContext context) {
    String actual = Chains.describe(context);
    if (context.chainStatus() == ChainStatus.PRIVATE_ROOT) {
      return Finding.pass(
          id(),
          "the certificate comes from an internal CA (private root "
              + Chains.end(context)
              + "), as recommended",
          EXPECTED,
          actual);
    }
    return Finding.pass(
        id(),
        "the certificate comes from a public CA (root "
            + Chains.end(context)
            + "); an internal CA would do and costs less",
        EXPECTED,
        actual);
  }
}
