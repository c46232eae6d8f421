package io.edgecert.cli;

import io.edgecert.application.port.in.InputValues;
import java.time.Instant;

/**
 * Reads a point in time, by the core's one rule ({@link InputValues#dateOrInstant}): a date
 * (YYYY-MM-DD, meaning its start in UTC) or an ISO-8601 instant with an offset
 * (2025-06-01T12:00:00Z, 2025-06-01T14:00:00+02:00).
 */
public final class InstantConverter extends InputValueConverter<Instant> {

  public InstantConverter() {
    super(InputValues::dateOrInstant);
  }
}
