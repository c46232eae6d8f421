package io.edgecert.rest;

import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.domain.InputProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads the options of a validation, the same way from a JSON body and from form fields. */
final class ValidationOptions {
  static final String AT = "at";
  static final String EXPIRY_WARNING_DAYS = "expiryWarningDays";

  private ValidationOptions() {}

  /**
   * The instant to judge at: an ISO-8601 date-time with offset ({@code 2025-06-01T12:00:00Z}) or a
   * date (its start, UTC); null when not given, so the use case takes now.
   */
  static Instant at(String text, List<InputProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      String value = text.strip();
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(
          InputProblem.at(
              AT,
              "expected an ISO-8601 date-time such as 2025-06-01T12:00:00Z "
                  + "or a date such as 2025-06-01, got '"
                  + text
                  + "'"));
      return null;
    }
  }

  /**
   * The expiry warning window, {@value ValidateCommand#DEFAULT_EXPIRY_WARNING_DAYS} when absent.
   */
  static int expiryWarningDays(String digits, List<InputProblem> problems) {
    if (digits == null || digits.isBlank()) {
      return ValidateCommand.DEFAULT_EXPIRY_WARNING_DAYS;
    }
    try {
      int days = Integer.parseInt(digits.strip());
      if (days >= 0) {
        return days;
      }
    } catch (NumberFormatException e) {
      // reported below, as for a negative number
    }
    problems.add(
        InputProblem.at(
            EXPIRY_WARNING_DAYS,
            "expected a whole number of days, 0 or more, got '" + digits + "'"));
    return ValidateCommand.DEFAULT_EXPIRY_WARNING_DAYS;
  }
}
