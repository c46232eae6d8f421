package io.edgecert.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a positive duration written as a number and a unit: 500ms, 5s, 2m. */
public final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern SYNTAX = Pattern.compile("(\\d{1,6})(ms|s|m)");

  @Override
  public Duration convert(String value) {
    Matcher m = SYNTAX.matcher(value.trim());
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration; expected a positive number with ms, s or m, e.g. 5s");
    }
    long amount = Long.parseLong(m.group(1));
    switch (m.group(2)) {
      case "ms":
        return Duration.ofMillis(amount);
      case "m":
        return Duration.ofMinutes(amount);
      default:
        return Duration.ofSeconds(amount);
    }
  }
}
