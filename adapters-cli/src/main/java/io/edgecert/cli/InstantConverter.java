package io.edgecert.cli;

import io.edgecert.application.port.in.InputValues;
import io.edgecert.application.port.in.InvalidValueException;
import java.time.Instant;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a point in time, by the core's one rule ({@link InputValues#dateOrInstant}): a date
 * (YYYY-MM-DD, meaning its start in UTC) or an ISO-8601 instant with an offset
 * (2025-06-01T12:00:00Z, 2025-06-01T14:00:00+02:00).
 */
public final class InstantConverter implements ITypeConverter<Instant> {

  @Override
  public Instant convert(String value) {
    try {
      return InputValues.dateOrInstant("", value);
    } catch (InvalidValueException e) {
      throw new TypeConversionException(e.reason());
    }
  }
}
