package io.edgecert.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A closed set of values with the lower-case codes used in files, JSON and on the command line. */
public interface Coded {

  /** The code, e.g. {@code scaled-hlb}. */
  String code();

  /** The constant of {@code type} whose code is {@code code}, ignoring case. */
  static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants())
        .filter(value -> value.code().equalsIgnoreCase(code))
        .findFirst();
  }

  /** The codes of {@code type}, joined for a message: {@code single | scaled-dns | scaled-hlb}. */
  static <E extends Enum<E> & Coded> String choices(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Coded::code)
        .collect(Collectors.joining(" | "));
  }
}
