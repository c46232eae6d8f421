package io.edgecert.domain.validation.rules;

import io.edgecert.domain.certificate.ChainGap;
import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * GEN-CHAIN-001 (appendix Z): the chain can be completed from the supplied intermediates to a trust
 * anchor, naming the missing issuer otherwise. A self-signed certificate fails on the external
 * side; on the internal side it warns, since it can be trusted by importing it.
 */
final class CompleteChain implements CertificateRule {

  private static final String EXPECTED = "a chain to a trusted root";

  @Override
  public RuleId id() {
    return RuleId.GEN_CHAIN_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Preconditions.issued("issuer or chain"), Preconditions.CHAIN_CHECKED);
  }

  @Override
  public Finding check(ValidationContext context) {
    String actual = Chains.describe(context);
    ChainStatus status = context.chainStatus();
    if (status == ChainStatus.INCOMPLETE) {
      String missing = context.evidence().chain().missingIssuer();
      if (context.evidence().chain().gap() == ChainGap.ROOT_NOT_TRUSTED) {
        return Finding.broken(
            id(),
            "the chain ends at the root "
                + Chains.end(context)
                + ", which was supplied but is not trusted: trust it (a private root) or use a"
                + " public CA's chain",
            EXPECTED,
            actual);
      }
      if (context.evidence().chain().gap() == ChainGap.ISSUER_KEY_MISMATCH) {
        return Finding.broken(
            id(),
            "the chain cannot be completed: a certificate named "
                + missing
                + " was found, but its key does not verify the signature (a renewed or re-keyed"
                + " CA?); supply the CA certificate whose key signed it",
            EXPECTED,
            actual);
      }
      return Finding.broken(
          id(),
          "the chain cannot be completed: the issuer "
              + missing
              + " is missing; supply it as"
              + " an intermediate or trust its root",
          EXPECTED,
          actual);
    }
    if (status == ChainStatus.SELF_SIGNED) {
      return selfSigned(context, actual);
    }
    return Finding.pass(
        id(), "the chain ends at the root " + Chains.end(context), EXPECTED, actual);
  }

  private Finding selfSigned(ValidationContext context, String actual) {
    if (context.role() == CertificateRole.INTERNAL) {
      return Finding.of(
          id(),
          FindingStatus.WARN,
          "the certificate is self-signed: every server talking to the Edge's internal interface"
              + " must trust it as a root; an internal CA is the usual choice",
          EXPECTED,
          actual);
    }
    return Finding.broken(
        id(), "the certificate is self-signed; it chains to no trusted root", EXPECTED, actual);
  }
}
