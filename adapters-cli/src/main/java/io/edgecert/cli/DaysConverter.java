package io.edgecert.cli;

import io.edgecert.application.port.in.InputValues;

/** Reads a whole number of days, 0 or more, by the core's parser. */
public final class DaysConverter extends InputValueConverter<Integer> {

  public DaysConverter() {
    super(InputValues::days);
  }
}
