package io.edgecert.application.port.in;

import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import java.util.List;

/**
 * One option or field whose text is not a value of its kind: the name the adapter gave it (an
 * option, a JSON field, a query parameter) and why, worded once by {@link InputValues}. Adapters
 * map it to exit 2 or a 4xx; they do not word it again.
 */
public final class InvalidValueException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final transient String reason;

  public InvalidValueException(String name, String reason) {
    super(name, Kind.INVALID, List.of(InputProblem.at(name, reason)));
    this.reason = reason;
  }

  /** The name of the option or field, as the adapter called it. */
  public String name() {
    return source();
  }

  /** Why the text is not a value, without the name: {@code 'soon' is not a date; expected ...}. */
  public String reason() {
    return reason;
  }
}
