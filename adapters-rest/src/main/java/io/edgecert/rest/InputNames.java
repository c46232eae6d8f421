package io.edgecert.rest;

import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import java.util.List;

/**
 * The names given to the inputs of a request, which are the sources named by input errors: the
 * whole body is {@code request body}, a part of it {@code request body: /certificates/0}, so the
 * JSON pointer of a problem can be found again from the source of its exception.
 */
final class InputNames {
  static final String BODY = "request body";
  private static final String PREFIX = BODY + ": ";

  private InputNames() {}

  /** The name of the input found at {@code pointer} in the request. */
  static String at(String pointer) {
    return PREFIX + pointer;
  }

  /** The input error of a request body found wrong, listing every problem of it. */
  static InvalidInputException invalidBody(List<InputProblem> problems) {
    return new InvalidInputException(BODY, InvalidInputException.Kind.INVALID, problems);
  }

  /** The pointer of the input named {@code source}; "" for the whole body or an unknown name. */
  static String pointerOf(String source) {
    if (source == null || !source.startsWith(PREFIX)) {
      return "";
    }
    String rest = source.substring(PREFIX.length());
    int end = rest.indexOf(' ');
    String pointer = end < 0 ? rest : rest.substring(0, end);
    return pointer.startsWith("/") ? pointer : "";
  }
}
