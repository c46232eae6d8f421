package io.edgecert.domain.validation.rules;

import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * The check shared by EXT-KEY-001, EXT-KEY-002 and INT-POOL-001. Exportability is a property of the
 * key store, not of X.509 (appendix X): only a PKCS#12 file that carries the certificate's own key
 * proves the key was exported, hence exportable; without it the rule cannot be judged.
 */
abstract class KeyExportabilityCheck implements CertificateRule {

  static final Precondition PLANNED =
      Precondition.when(
          c -> c.expected().privateKeyExportable(),
          "the plan does not require an exportable key for this certificate (AMB-04)");

  static final Precondition KEY_GIVEN =
      Precondition.when(
          c -> c.evidence().key().isPresent(),
          "a certificate without its key cannot show whether the key is exportable; give the PFX");

  static final Precondition KEY_MATCHES =
      Precondition.when(
          Preconditions::hasMatchingKey,
          "the key in the PFX is not this certificate's key (GEN-KEY-004), so it shows nothing");

  /** The pool condition of the concrete rule, followed by the shared ones. */
  static List<Precondition> after(Precondition pool) {
    return after(Preconditions.EXTERNAL, pool);
  }

  /** The role and pool conditions of the concrete rule, followed by the shared ones. */
  static List<Precondition> after(Precondition role, Precondition pool) {
    return List.of(role, pool, PLANNED, KEY_GIVEN, KEY_MATCHES);
  }

  @Override
  public Finding check(ValidationContext context) {
    return Finding.pass(
        id(),
        "the PKCS#12 file carries the certificate's private key, so the key was exportable; mark"
            + " it exportable again when importing it",
        "exportable private key",
        "private key exported with the certificate");
  }
}
