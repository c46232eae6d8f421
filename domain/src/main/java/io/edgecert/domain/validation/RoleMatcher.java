package io.edgecert.domain.validation;

import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.PlannedCertificate;
import java.util.stream.Collectors;

/**
 * Finds the planned certificate a certificate input is meant to be: the role asked for when there
 * is one; otherwise the internal certificate when its CN is the planned internal FQDN, and the
 * external certificate in every other case.
 */
public final class RoleMatcher {

  private RoleMatcher() {}

  /**
   * The planned certificate for {@code evidence}.
   *
   * @param requested the role given with the input, or null to match by CN
   * @throws InvalidInputException when the plan has no certificate of the requested role
   */
  public static PlannedCertificate match(
      CertificatePlan plan, CertificateEvidence evidence, CertificateRole requested) {
    CertificateRole role = requested != null ? requested : byCommonName(plan, evidence);
    return plan.certificate(role).orElseThrow(() -> unplanned(plan, evidence, role));
  }

  private static CertificateRole byCommonName(CertificatePlan plan, CertificateEvidence evidence) {
    String commonName = evidence.leaf().commonName();
    boolean internal =
        plan.certificate(CertificateRole.INTERNAL)
            .filter(planned -> HostNames.same(planned.subjectName(), commonName))
            .isPresent();
    return internal ? CertificateRole.INTERNAL : CertificateRole.EXTERNAL;
  }

  private static InvalidInputException unplanned(
      CertificatePlan plan, CertificateEvidence evidence, CertificateRole role) {
    String planned =
        plan.certificates().stream().map(c -> c.id().code()).collect(Collectors.joining(", "));
    String hint =
        role == CertificateRole.AV_AUTHENTICATION
            ? " (an av-authentication certificate is planned only when the topology decouples"
                + " A/V Authentication)"
            : "";
    return new InvalidInputException(
        evidence.file() != null ? evidence.file() : "certificate",
        InvalidInputException.Kind.INVALID,
        "the role "
            + role.code()
            + " is not in the plan of this topology; planned: "
            + planned
            + hint);
  }
}
