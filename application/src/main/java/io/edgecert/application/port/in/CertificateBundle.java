package io.edgecert.application.port.in;

import io.edgecert.domain.validation.ValidationReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Output of {@link BundleUseCase}: the PKCS#12 bytes, the certificate's SHA-1 thumbprint and
 * friendly name, the chain packed (subject DNs, leaf to root), the issuer that is missing when the
 * chain is incomplete (else null), the PowerShell lines for every pool member and the validation
 * report (null when no topology was given).
 */
public record CertificateBundle(
    byte[] pkcs12,
    String thumbprint,
    String friendlyName,
    List<String> chain,
    String missingIssuer,
    List<String> powerShell,
    ValidationReport report) {

  public CertificateBundle {
    Objects.requireNonNull(pkcs12, "pkcs12");
    Objects.requireNonNull(thumbprint, "thumbprint");
    chain = List.copyOf(chain);
    powerShell = List.copyOf(powerShell);
  }

  public Optional<ValidationReport> validation() {
    return Optional.ofNullable(report);
  }

  @Override
  public String toString() {
    return "CertificateBundle[" + thumbprint + ", " + friendlyName + ", " + chain + "]";
  }
}
