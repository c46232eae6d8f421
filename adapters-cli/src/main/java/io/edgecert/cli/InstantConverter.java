package io.edgecert.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a point in time: a date (YYYY-MM-DD, meaning its start in UTC) or an ISO-8601 instant with
 * an offset (2025-06-01T12:00:00Z, 2025-06-01T14:00:00+02:00).
 */
public final class InstantConverter implements ITypeConverter<Instant> {

  @Override
  public Instant convert(String value) {
    try {
      return value.contains("T")
          ? OffsetDateTime.parse(value).toInstant()
          : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a date or instant; expected YYYY-MM-DD or 2025-06-01T12:00:00Z");
    }
  }
}
