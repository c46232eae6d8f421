package io.edgecert.domain.validation;

import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.topology.Fqdn;

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
    return plan.require(role, evidence.file() != null ? evidence.file() : "certificate");
  }

  private static CertificateRole byCommonName(CertificatePlan plan, CertificateEvidence evidence) {
    String commonName = evidence.leaf().commonName();
    boolean internal =
        plan.certificate(CertificateRole.INTERNAL)
            .filter(planned -> Fqdn.same(planned.subjectName(), commonName))
            .isPresent();
    return internal ? CertificateRole.INTERNAL : CertificateRole.EXTERNAL;
  }
}
