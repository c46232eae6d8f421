package io.edgecert.domain.validation.rules;

import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * EXT-CA-001: the external certificates come from a public CA (S01-S08, S13, S18, K1); judged by
 * the chain ending at one of the public roots edgecert trusts.
 */
final class ExternalPublicCa implements CertificateRule {

  private static final String EXPECTED = ChainStatus.PUBLIC_ROOT.code();

  @Override
  public RuleId id() {
    return RuleId.EXT_CA_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Preconditions.EXTERNAL, Preconditions.issued("issuer chain"), Preconditions.CHAIN_CHECKED);
  }

  @Override
  public Finding check(ValidationContext context) {
    String actual = Chains.describe(context);
    if (context.chainStatus() == ChainStatus.PUBLIC_ROOT) {
      return Finding.pass(
          id(), "the chain ends at the public root " + Chains.end(context), EXPECTED, actual);
    }
    return Finding.broken(id(), problem(context), EXPECTED, actual);
  }

  private static String problem(ValidationContext context) {
    switch (context.chainStatus()) {
      case PRIVATE_ROOT:
        return "the chain ends at the private root "
            + Chains.end(context)
            + ": federation partners and external clients do not trust it; use a public CA";
      case SELF_SIGNED:
        return "the certificate is self-signed; the external certificate must come from a public"
            + " CA";
      default:
        return "the chain could not be completed (missing issuer "
            + context.evidence().chain().missingIssuer()
            + "), so it is not shown to come from a public CA";
    }
  }
}
