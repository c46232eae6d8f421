package io.edgecert.domain.validation.rules;

import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.ValidationContext;

/** The check shared by GEN-EKU-001, EXT-EKU-001 and INT-EKU-001: Server Authentication present. */
abstract class ServerAuthenticationCheck implements CertificateRule {

  private static final String EXPECTED = ExtendedKeyUsage.SERVER_AUTH.displayName();

  @Override
  public Finding check(ValidationContext context) {
    CertificateFacts leaf = context.leaf();
    String actual = Ekus.describe(leaf);
    if (Ekus.carries(leaf, ExtendedKeyUsage.SERVER_AUTH)) {
      return Finding.pass(id(), "the EKU contains Server Authentication", EXPECTED, actual);
    }
    String message =
        leaf.extendedKeyUsagePresent()
            ? "the EKU lacks Server Authentication (1.3.6.1.5.5.7.3.1)"
            : "the certificate has no EKU extension; Edge certificates must list Server"
                + " Authentication (1.3.6.1.5.5.7.3.1)";
    return Finding.broken(id(), message, EXPECTED, actual);
  }
}
