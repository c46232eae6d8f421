package io.edgecert.domain.validation.rules;

import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.ValidationContext;

/** The check shared by GEN-EKU-001, EXT-EKU-001 and INT-EKU-001: Server Authentication present. */
abstract class ServerAuthenticationCheck implements CertificateRule {

  private static final String EXPECTED = ExtendedKeyUsage.SERVER_AUTH.displayName();
  static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";

  @Override
  public Finding check(ValidationContext context) {
    CertificateFacts leaf = context.leaf();
    String actual = Ekus.describe(leaf);
    if (Ekus.carries(leaf, ExtendedKeyUsage.SERVER_AUTH)) {
      return Finding.pass(id(), "the EKU contains Server Authentication", EXPECTED, actual);
    }
    String message =
        leaf.extendedKeyUsageOids().contains(ANY_EXTENDED_KEY_USAGE)
            ? "the EKU holds anyExtendedKeyUsage (2.5.29.37.0) but not Server Authentication"
                + " (1.3.6.1.5.5.7.3.1); Lync checks for Server Authentication itself, so"
                + " anyExtendedKeyUsage does not stand in for it (ADR 0028)"
            : leaf.extendedKeyUsagePresent()
                ? "the EKU lacks Server Authentication (1.3.6.1.5.5.7.3.1)"
                : "the certificate has no EKU extension; Edge certificates must list Server"
                    + " Authentication (1.3.6.1.5.5.7.3.1)";
    return Finding.broken(id(), message, EXPECTED, actual);
  }
}
