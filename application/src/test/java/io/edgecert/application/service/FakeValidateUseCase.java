package io.edgecert.application.service;

import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.ValidationReport;
import java.time.Instant;
import java.util.List;

/** A validator that judges every certificate with prepared findings and remembers the command. */
final class FakeValidateUseCase implements ValidateUseCase {
  private final CertificateRole role;
  private final List<Finding> findings;
  ValidateCommand command;

  FakeValidateUseCase(CertificateRole role, List<Finding> findings) {
    this.role = role;
    this.findings = List.copyOf(findings);
  }

  @Override
  public ValidationReport validate(ValidateCommand command) {
    this.command = command;
    CertificateReport report =
        new CertificateReport(
            role,
            command.certificates().get(0).name(),
            "sip.contoso.com",
            FakePkcs12Builder.THUMBPRINT,
            findings);
    return new ValidationReport(Instant.parse("2026-11-25T10:00:00Z"), List.of(report));
  }
}
