package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/** GEN-CDP-001: every server certificate includes a CRL distribution point (S10, K2, K3). */
final class CrlDistributionPoint implements CertificateRule {

  @Override
  public RuleId id() {
    return RuleId.GEN_CDP_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Preconditions.issued("CRL distribution point: the issuing CA adds it"));
  }

  @Override
  public Finding check(ValidationContext context) {
    List<String> points =
        context.leaf().crlDistributionPoints().stream().filter(p -> !p.isBlank()).toList();
    if (points.isEmpty()) {
      return Finding.broken(
          id(),
          "the certificate has no CRL distribution point, so revocation cannot be checked",
          "at least one CRL distribution point URI",
          "(none)");
    }
    return Finding.pass(
        id(),
        "the certificate names a CRL distribution point",
        "at least one URI",
        String.join(", ", points));
  }
}
