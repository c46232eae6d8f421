package io.edgecert.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an option value that names an enum constant by its lower-case word, ignoring case. */
abstract class ChoiceConverter<E extends Enum<E>> implements ITypeConverter<E> {
  private final Class<E> type;

  ChoiceConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(choice -> choice.toString().equalsIgnoreCase(value))
        .findFirst()
        .orElseThrow(() -> new TypeConversionException("'" + value + "' is not one of " + choices()));
  }

  private String choices() {
    return Arrays.stream(type.getEnumConstants())
        .map(Object::toString)
        .collect(Collectors.joining(", "));
  }
}
