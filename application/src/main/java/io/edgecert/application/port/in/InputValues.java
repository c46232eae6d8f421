package io.edgecert.application.port.in;

import io.edgecert.domain.Coded;
import io.edgecert.domain.plan.CertificateRole;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The text-to-value parsers of the commands' inputs, each with its message, written once for every
 * adapter: the adapter passes the name it gives the value (an option such as {@code --at}, a field
 * such as {@code at}) and maps the {@link InvalidValueException} to exit 2 or a 4xx.
 */
public final class InputValues {
  private static final Pattern DIGITS = Pattern.compile("-?[0-9]{1,9}");
  private static final String NOT_DAYS =
      " is not a number of days; expected a whole number, 0 or more";

  private InputValues() {}

  /** A calendar date written as YYYY-MM-DD (white space around it ignored). */
  public static LocalDate date(String name, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(name, quoted(text) + " is not a date; expected YYYY-MM-DD");
    }
  }

  /**
   * A point in time, by one rule: text with a time part (a {@code T}) is an ISO-8601 instant with
   * an offset ({@code 2025-06-01T12:00:00Z}, {@code 2025-06-01T14:00:00+02:00}); text without one
   * is a date (YYYY-MM-DD), meaning its start in UTC. White space around it is ignored.
   */
  public static Instant dateOrInstant(String name, String text) {
    String value = text.strip();
    try {
      return value.indexOf('T') >= 0 || value.indexOf('t') >= 0
          ? OffsetDateTime.parse(value).toInstant()
          : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(
          name,
          quoted(text)
              + " is not a date or instant; expected YYYY-MM-DD or an instant with its offset"
              + " such as 2025-06-01T12:00:00Z");
    }
  }

  /** A certificate role by its code, ignoring case: external, av-authentication or internal. */
  public static CertificateRole role(String name, String text) {
    return Coded.parse(CertificateRole.class, text.strip())
        .orElseThrow(
            () ->
                new InvalidValueException(
                    name,
                    quoted(text)
                        + " is not a role; expected "
                        + Coded.choices(CertificateRole.class)));
  }

  /** A whole number of days, 0 or more. */
  public static int days(String name, String text) {
    String value = text.strip();
    if (!DIGITS.matcher(value).matches()) {
      throw new InvalidValueException(name, quoted(text) + NOT_DAYS);
    }
    return days(name, Integer.parseInt(value));
  }

  /** {@code days} when it is 0 or more: a number of days that a command record was given. */
  public static int days(String name, int days) {
    if (days < 0) {
      throw new InvalidValueException(name, quoted(String.valueOf(days)) + NOT_DAYS);
    }
    return days;
  }

  private static String quoted(String text) {
    return "'" + text + "'";
  }
}
