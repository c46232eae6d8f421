package io.edgecert.domain.validation.rules;

import io.edgecert.domain.certificate.SignatureFacts;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;
import java.util.Map;

/**
 * GEN-SIG-001: the signature hash is SHA-1 or SHA-2 224/256/384/512, with RSA PKCS#1 v1.5 or ECDSA
 * (S10, K2, K3; OIDs from appendix X). RSASSA-PSS is left to GEN-SIG-002.
 */
final class SignatureHash implements CertificateRule {

  static final Map<String, String> ALLOWED =
      Map.of(
          "1.2.840.113549.1.1.5", "sha1WithRSAEncryption",
          "1.2.840.113549.1.1.14", "sha224WithRSAEncryption",
          "1.2.840.113549.1.1.11", "sha256WithRSAEncryption",
          "1.2.840.113549.1.1.12", "sha384WithRSAEncryption",
          "1.2.840.113549.1.1.13", "sha512WithRSAEncryption",
          "1.2.840.10045.4.1", "ecdsa-with-SHA1",
          "1.2.840.10045.4.3.1", "ecdsa-with-SHA224",
          "1.2.840.10045.4.3.2", "ecdsa-with-SHA256",
          "1.2.840.10045.4.3.3", "ecdsa-with-SHA384",
          "1.2.840.10045.4.3.4", "ecdsa-with-SHA512");

  private static final String EXPECTED = "SHA-1 or SHA-2 (224/256/384/512) with RSA or ECDSA";

  @Override
  public RuleId id() {
    return RuleId.GEN_SIG_001;
  }

  @Override
  public List<Precondition> preconditions() {
    // A request is checked too: its own signature shows the algorithm the requester asked for, and
    // a CA set to follow the request (AD CS AlternateSignatureAlgorithm) signs likewise.
    return List.of(
        Precondition.when(
            c -> !SignatureFacts.RSASSA_PSS.equals(c.leaf().signature().oid()),
            "the signature is RSASSA-PSS, which GEN-SIG-002 rejects whatever its hash"));
  }

  @Override
  public Finding check(ValidationContext context) {
    SignatureFacts signature = context.leaf().signature();
    String actual = signature.name() + " (" + signature.oid() + ")";
    if (ALLOWED.containsKey(signature.oid())) {
      return Finding.pass(id(), "the signature algorithm is supported", EXPECTED, actual);
    }
    return Finding.broken(
        id(), "the signature algorithm " + actual + " is not supported", EXPECTED, actual);
  }
}
