package io.edgecert.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a positive duration written as a number and a unit: 500ms, 5s, 2m (or 2min); a number
 * without a unit is in seconds. The one reader of durations on the command line ({@code probe
 * --timeout}, {@code serve --time-budget}).
 */
public final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern SYNTAX = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|min)?");

  @Override
  public Duration convert(String value) {
    Matcher m = SYNTAX.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new TypeConversionException(
          "'"
              + value
              + "' is not a duration; expected a positive number with ms, s or m, e.g. 5s, 500ms"
              + " or 2m");
    }
    long amount = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(amount);
      case "m", "min" -> Duration.ofMinutes(amount);
      default -> Duration.ofSeconds(amount);
    };
  }
}
