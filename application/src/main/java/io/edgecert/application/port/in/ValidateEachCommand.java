package io.edgecert.application.port.in;

import java.time.Instant;
import java.util.Objects;

/**
 * Input of {@link ValidateEachUseCase}: the topology, the instant to judge at (null: now), the
 * expiry warning window in days, and which roots count.
 *
 * @throws InvalidValueException when the window is negative
 */
public record ValidateEachCommand(
    TopologySource topology, Instant at, int expiryWarningDays, TrustSettings trust) {

  public ValidateEachCommand {
    Objects.requireNonNull(topology, "topology");
    InputValues.days(ValidateCommand.EXPIRY_WARNING_DAYS, expiryWarningDays);
    trust = trust == null ? TrustSettings.defaults() : trust;
  }
}
