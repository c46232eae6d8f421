package io.edgecert.domain.validation.rules;

import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.validation.Precondition;
import java.util.stream.Collectors;

/** Reading the extended key usages of a certificate for the EKU rules. */
final class Ekus {

  /** A request without an EKU extension leaves the EKU to the CA's template. */
  static final Precondition STATED =
      Precondition.when(
          c -> !c.isRequest() || c.leaf().extendedKeyUsagePresent(),
          "the request names no EKU: the CA template decides (WebServer adds Server"
              + " Authentication)");

  private Ekus() {}

  static boolean carries(CertificateFacts leaf, ExtendedKeyUsage usage) {
    return leaf.extendedKeyUsageOids().contains(usage.oid());
  }

  /** The EKUs by name where known, by OID otherwise, for a finding's actual value. */
  static String describe(CertificateFacts leaf) {
    if (!leaf.extendedKeyUsagePresent()) {
      return "(no EKU extension)";
    }
    return leaf.extendedKeyUsageOids().stream()
        .map(oid -> ExtendedKeyUsage.byOid(oid).map(ExtendedKeyUsage::displayName).orElse(oid))
        .collect(Collectors.joining(", "));
  }
}
