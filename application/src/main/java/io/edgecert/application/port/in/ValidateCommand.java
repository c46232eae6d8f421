package io.edgecert.application.port.in;

import io.edgecert.domain.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Input of {@link ValidateUseCase}: the topology, the certificates to judge, the instant to judge
 * them at (null: now), the expiry warning window in days, and which roots count.
 *
 * @throws InvalidInputException when no certificate is given or the window is negative
 */
public record ValidateCommand(
    TopologySource topology,
    List<CertificateSource> certificates,
    Instant at,
    int expiryWarningDays,
    TrustSettings trust) {

  public static final int DEFAULT_EXPIRY_WARNING_DAYS = 30;

  /** The name under which the expiry warning window is refused. */
  public static final String EXPIRY_WARNING_DAYS = "expiryWarningDays";

  public ValidateCommand {
    Objects.requireNonNull(topology, "topology");
    certificates = List.copyOf(certificates);
    if (certificates.isEmpty()) {
      throw new InvalidInputException(
          "certificates", InvalidInputException.Kind.INVALID, "at least one certificate is needed");
    }
    InputValues.days(EXPIRY_WARNING_DAYS, expiryWarningDays);
    trust = trust == null ? TrustSettings.defaults() : trust;
  }
}
