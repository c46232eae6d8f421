package io.edgecert.domain.validation;

import java.time.Instant;
import java.util.List;

/** The verdict over every certificate validated in one run, evaluated at one instant. */
public record ValidationReport(Instant at, List<CertificateReport> certificates) {

  public ValidationReport {
    certificates = List.copyOf(certificates);
  }

  public Verdict verdict() {
    return certificates.stream().anyMatch(c -> c.verdict() == Verdict.FAIL)
        ? Verdict.FAIL
        : Verdict.PASS;
  }
}
