package io.edgecert.cli;

import io.edgecert.application.port.in.InputValues;
import java.time.LocalDate;

/** Reads a calendar date written as YYYY-MM-DD, by the core's parser. */
public final class DateConverter extends InputValueConverter<LocalDate> {

  public DateConverter() {
    super(InputValues::date);
  }
}
