package io.edgecert.cli;

import io.edgecert.application.port.in.InputValues;
import io.edgecert.application.port.in.InvalidValueException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a whole number of days, 0 or more, by the core's parser ({@link InputValues#days}). */
public final class DaysConverter implements ITypeConverter<Integer> {

  @Override
  public Integer convert(String value) {
    try {
      return InputValues.days("", value);
    } catch (InvalidValueException e) {
      throw new TypeConversionException(e.reason());
    }
  }
}
