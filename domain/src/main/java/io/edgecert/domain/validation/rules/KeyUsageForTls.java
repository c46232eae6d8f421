package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * GEN-KU-001: a present keyUsage includes digitalSignature, and keyEncipherment for an RSA key, or
 * a TLS server cannot complete a handshake with the key (RFC 5280 4.2.1.3, RFC 5246 7.4.2, RFC 8446
 * 4.4.2.2). An absent keyUsage restricts nothing.
 */
final class KeyUsageForTls implements CertificateRule {

  static final String DIGITAL_SIGNATURE = "digitalSignature";
  static final String KEY_ENCIPHERMENT = "keyEncipherment";

  @Override
  public RuleId id() {
    return RuleId.GEN_KU_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Precondition.when(
            c -> !c.leaf().keyUsages().isEmpty(),
            "the certificate has no keyUsage extension, which restricts nothing"));
  }

  @Override
  public Finding check(ValidationContext context) {
    List<String> required = new ArrayList<>(List.of(DIGITAL_SIGNATURE));
    if (context.leaf().publicKey().isRsa()) {
      required.add(KEY_ENCIPHERMENT);
    }
    List<String> present = context.leaf().keyUsages();
    List<String> missing = required.stream().filter(usage -> !present.contains(usage)).toList();
    String expected = String.join(", ", required);
    String actual = String.join(", ", present);
    if (missing.isEmpty()) {
      return Finding.pass(id(), "the key usage allows a TLS server handshake", expected, actual);
    }
    return Finding.broken(
        id(),
        "the key usage lacks "
            + String.join(" and ", missing)
            + ": a TLS server cannot complete a handshake with this key",
        expected,
        actual);
  }
}
