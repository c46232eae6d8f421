package io.edgecert.domain.validation.rules;

import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.Optional;

/** The preconditions rules share: roles, certificate versus request, a checked chain, a key. */
final class Preconditions {

  static final String AV_IGNORES_NAMES =
      "the A/V Authentication service ignores subject and SAN (AV-003): names are not judged on"
          + " this certificate";

  /** External naming rules: the external certificate only; A/V Authentication names are free. */
  static final Precondition EXTERNAL_NAMES =
      context -> {
        if (context.role() == CertificateRole.AV_AUTHENTICATION) {
          return Optional.of(AV_IGNORES_NAMES);
        }
        return context.role() == CertificateRole.EXTERNAL
            ? Optional.empty()
            : Optional.of("applies to the external certificate, not the internal one");
      };

  /** The external certificates: the external one and a decoupled A/V Authentication one. */
  static final Precondition EXTERNAL =
      Precondition.when(
          c -> c.role() != CertificateRole.INTERNAL,
          "applies to the external certificates, not the internal one");

  static final Precondition INTERNAL =
      Precondition.when(
          c -> c.role() == CertificateRole.INTERNAL, "applies to the internal certificate only");

  static final Precondition CHAIN_CHECKED =
      Precondition.when(
          c -> c.chainStatus() != ChainStatus.NOT_CHECKED, "the chain was not checked");

  static final Precondition HAS_COMMON_NAME =
      Precondition.when(c -> c.commonName().isPresent(), "the subject has no CN");

  static final Precondition HAS_KEY =
      Precondition.when(
          c -> c.evidence().key().isPresent(),
          "the input carries no private key (only a PKCS#12 file can)");

  private Preconditions() {}

  /** Holds for a certificate; a request has no {@code what}, and the reason says so. */
  static Precondition issued(String what) {
    return Precondition.when(
        c -> !c.isRequest() && c.leaf().notAfter() != null, "a certificate request has no " + what);
  }

  /** True when {@code context} holds a key that belongs to its certificate. */
  static boolean hasMatchingKey(ValidationContext context) {
    return context.evidence().key().filter(key -> key.matchesCertificate()).isPresent();
  }
}
