package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/** GEN-BC-001 (appendix Z): the server certificate is no CA certificate (basicConstraints CA). */
final class NotCaCertificate implements CertificateRule {

  private static final String EXPECTED = "CA=false";

  @Override
  public RuleId id() {
    return RuleId.GEN_BC_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of();
  }

  @Override
  public Finding check(ValidationContext context) {
    if (context.leaf().certificateAuthority()) {
      return Finding.broken(
          id(),
          "the certificate is a CA certificate (basicConstraints CA=true); an Edge needs an"
              + " end-entity server certificate",
          EXPECTED,
          "CA=true");
    }
    return Finding.pass(id(), "the certificate is an end-entity certificate", EXPECTED, "CA=false");
  }
}
