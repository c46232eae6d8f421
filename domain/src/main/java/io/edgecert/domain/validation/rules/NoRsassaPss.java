package io.edgecert.domain.validation.rules;

import io.edgecert.domain.certificate.SignatureFacts;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/** GEN-SIG-002: certificates signed with RSASSA-PSS are unsupported (S10, K2, K3). */
final class NoRsassaPss implements CertificateRule {

  private static final String EXPECTED = "not RSASSA-PSS (" + SignatureFacts.RSASSA_PSS + ")";

  @Override
  public RuleId id() {
    return RuleId.GEN_SIG_002;
  }

  @Override
  public List<Precondition> preconditions() {
    // A request is checked too: its own signature shows the algorithm the requester asked for, and
    // a CA set to follow the request (AD CS AlternateSignatureAlgorithm) signs likewise.
    return List.of();
  }

  @Override
  public Finding check(ValidationContext context) {
    SignatureFacts signature = context.leaf().signature();
    String actual = signature.name() + " (" + signature.oid() + ")";
    if (SignatureFacts.RSASSA_PSS.equals(signature.oid())) {
      return Finding.broken(
          id(),
          "the certificate is signed with RSASSA-PSS, which can break sign-in and call"
              + " forwarding; have it reissued with PKCS#1 v1.5 or ECDSA",
          EXPECTED,
          actual);
    }
    return Finding.pass(id(), "the signature is not RSASSA-PSS", EXPECTED, actual);
  }
}
