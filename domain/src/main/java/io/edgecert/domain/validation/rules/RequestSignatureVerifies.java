package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * GEN-CSR-001: a certificate request's self-signature verifies with the request's own public key,
 * the proof of possession every CA checks before it issues (RFC 2986, section 3).
 */
final class RequestSignatureVerifies implements CertificateRule {

  private static final String EXPECTED = "a signature made with the request's own key";

  @Override
  public RuleId id() {
    return RuleId.GEN_CSR_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Precondition.when(
            ValidationContext::isRequest,
            "applies to certificate requests; an issued certificate is signed by its CA"),
        Precondition.when(
            c -> c.evidence().requestSignatureValid() != null,
            "the request's signature was not checked"));
  }

  @Override
  public Finding check(ValidationContext context) {
    String algorithm = context.leaf().signature().name();
    if (Boolean.TRUE.equals(context.evidence().requestSignatureValid())) {
      return Finding.pass(
          id(), "the request's signature verifies with its own public key", EXPECTED, algorithm);
    }
    return Finding.broken(
        id(),
        "the request's signature does not verify with its own public key: every CA refuses it"
            + " (no proof of possession); make the request again from its private key",
        EXPECTED,
        algorithm + ", does not verify");
  }
}
