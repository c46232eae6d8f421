package io.edgecert.cli;

import io.edgecert.application.port.in.InputValues;
import io.edgecert.application.port.in.InvalidValueException;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a calendar date written as YYYY-MM-DD, by the core's parser ({@link InputValues}). */
public final class DateConverter implements ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String value) {
    try {
      return InputValues.date("", value);
    } catch (InvalidValueException e) {
      throw new TypeConversionException(e.reason());
    }
  }
}
