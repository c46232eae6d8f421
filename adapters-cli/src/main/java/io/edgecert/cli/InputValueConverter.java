package io.edgecert.cli;

import io.edgecert.application.port.in.InputValues;
import io.edgecert.application.port.in.InvalidValueException;
import java.util.function.BiFunction;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An option read by one of the core's parsers ({@link InputValues}): its refusal becomes picocli's
 * "Invalid value for option" line with the core's reason, exit 2.
 */
abstract class InputValueConverter<T> implements ITypeConverter<T> {
  private final BiFunction<String, String, T> parser;

  InputValueConverter(BiFunction<String, String, T> parser) {
    this.parser = parser;
  }

  @Override
  public final T convert(String value) {
    try {
      return parser.apply("", value);
    } catch (InvalidValueException e) {
      throw new TypeConversionException(e.reason());
    }
  }
}
