package io.edgecert.domain.plan;

import io.edgecert.domain.topology.Product;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The certificates a topology needs, plus plan-wide advisories, as of a date. */
public record CertificatePlan(
    Product product, LocalDate asOf, List<PlannedCertificate> certificates, List<Advisory> advisories) {

  public CertificatePlan {
    certificates = List.copyOf(certificates);
    advisories = List.copyOf(advisories);
  }

  public Optional<PlannedCertificate> certificate(CertificateRole role) {
    return certificates.stream().filter(c -> c.id() == role).findFirst();
  }
}
