package io.edgecert.application.service;

import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.PlannedCertificate;
import java.util.stream.Collectors;

/** Finds the planned certificate of a role, or says which ones the plan has. */
final class PlannedCertificates {

  private PlannedCertificates() {}

  static PlannedCertificate of(CertificatePlan plan, CertificateRole role, String topologyName) {
    return plan.certificate(role).orElseThrow(() -> missing(plan, role, topologyName));
  }

  private static InvalidInputException missing(
      CertificatePlan plan, CertificateRole role, String topologyName) {
    String planned =
        plan.certificates().stream().map(c -> c.id().code()).collect(Collectors.joining(", "));
    String hint =
        role == CertificateRole.AV_AUTHENTICATION
            ? "; a separate A/V Authentication certificate needs"
                + " certificates.separateAvAuthentication: true"
            : "";
    return new InvalidInputException(
        topologyName,
        InvalidInputException.Kind.INVALID,
        "the plan has no " + role.code() + " certificate (it plans: " + planned + ")" + hint);
  }
}
