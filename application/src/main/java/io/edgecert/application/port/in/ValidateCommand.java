package io.edgecert.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Input of {@link ValidateUseCase}: the topology, the certificates to judge, the instant to judge
 * them at (null: now), the expiry warning window in days, and which roots count.
 */
public record ValidateCommand(
    TopologySource topology,
    List<CertificateSource> certificates,
    Instant at,
    int expiryWarningDays,
    TrustSettings trust) {

  public static final int DEFAULT_EXPIRY_WARNING_DAYS = 30;

  public ValidateCommand {
    Objects.requireNonNull(topology, "topology");
    certificates = List.copyOf(certificates);
    if (certificates.isEmpty()) {
      throw new IllegalArgumentException("at least one certificate is needed");
    }
    if (expiryWarningDays < 0) {
      throw new IllegalArgumentException("expiryWarningDays must not be negative");
    }
    trust = trust == null ? TrustSettings.defaults() : trust;
  }
}
