package io.edgecert.cli;

import io.edgecert.application.port.in.ValidateCommand;
import java.time.Instant;
import picocli.CommandLine.Option;

/**
 * When certificates are judged: {@code --at} (default now) and {@code --expiry-warning-days},
 * shared by {@code validate} and {@code probe}.
 */
public final class ValidityOptions {

  @Option(
      names = "--at",
      paramLabel = "DATE_OR_INSTANT",
      converter = InstantConverter.class,
      description = "Judge validity at this date (UTC) or instant (default: now).")
  Instant at;

  @Option(
      names = "--expiry-warning-days",
      paramLabel = "DAYS",
      defaultValue = "" + ValidateCommand.DEFAULT_EXPIRY_WARNING_DAYS,
      converter = DaysConverter.class,
      description = "Warn when a certificate expires within DAYS (default: ${DEFAULT-VALUE}).")
  int expiryWarningDays;

  /** The instant given, or null for now. */
  Instant at() {
    return at;
  }

  /** The warning window in days (never negative: {@link DaysConverter} refuses that). */
  int expiryWarningDays() {
    return expiryWarningDays;
  }
}
