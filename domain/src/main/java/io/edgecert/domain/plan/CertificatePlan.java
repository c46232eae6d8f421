package io.edgecert.domain.plan;

import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.topology.Product;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The certificates a topology needs, plus plan-wide advisories, as of a date. */
public record CertificatePlan(
    Product product,
    LocalDate asOf,
    List<PlannedCertificate> certificates,
    List<Advisory> advisories) {

  public CertificatePlan {
    certificates = List.copyOf(certificates);
    advisories = List.copyOf(advisories);
  }

  public Optional<PlannedCertificate> certificate(CertificateRole role) {
    return certificates.stream().filter(c -> c.id() == role).findFirst();
  }

  /**
   * The planned certificate of {@code role}.
   *
   * @param source the input that asked for it, named in the error
   * @throws InvalidInputException naming the roles the plan has when it has none of {@code role}
   */
  public PlannedCertificate require(CertificateRole role, String source) {
    return certificate(role)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    source,
                    InvalidInputException.Kind.INVALID,
                    "the plan has no "
                        + role.code()
                        + " certificate; it plans: "
                        + certificates.stream()
                            .map(c -> c.id().code())
                            .collect(Collectors.joining(", "))
                        + (role == CertificateRole.AV_AUTHENTICATION
                            ? " (a separate A/V Authentication "
                                + "certificate needs certificates.separateAvAuthentication: true)"
                            : "")));
  }
}
