package io.edgecert.application.port.in;

import io.edgecert.domain.validation.ValidationReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Output of {@link BundleUseCase}: the PKCS#12 bytes, the certificate's SHA-1 thumbprint and
 * friendly name, the chain packed (subject DNs, leaf to root), the issuer that is missing when the
 * chain is incomplete (else null), the PowerShell lines for every pool member, the validation
 * report (null when no topology was given) and the refusal that force overrode (null when none).
 */
public record CertificateBundle(
    byte[] pkcs12,
    String thumbprint,
    String friendlyName,
    List<String> chain,
    String missingIssuer,
    List<String> powerShell,
    ValidationReport report,
    BundleRefusal overridden) {

  public CertificateBundle {
    Objects.requireNonNull(pkcs12, "pkcs12");
    Objects.requireNonNull(thumbprint, "thumbprint");
    chain = List.copyOf(chain);
    powerShell = List.copyOf(powerShell);
  }

  /** A bundle that nothing had to be forced for. */
  public CertificateBundle(
      byte[] pkcs12,
      String thumbprint,
      String friendlyName,
      List<String> chain,
      String missingIssuer,
      List<String> powerShell,
      ValidationReport report) {
    this(pkcs12, thumbprint, friendlyName, chain, missingIssuer, powerShell, report, null);
  }

  public Optional<ValidationReport> validation() {
    return Optional.ofNullable(report);
  }

  /** The refusal that force overrode, when one was. */
  public Optional<BundleRefusal> forced() {
    return Optional.ofNullable(overridden);
  }

  @Override
  public String toString() {
    return "CertificateBundle[" + thumbprint + ", " + friendlyName + ", " + chain + "]";
  }
}
