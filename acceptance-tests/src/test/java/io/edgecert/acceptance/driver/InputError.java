package io.edgecert.acceptance.driver;

import java.util.Objects;

/**
 * One problem edgecert found in an input: where, as an RFC 6901 pointer into the topology ("" for
 * the whole input), and the message for the user.
 */
public record InputError(String pointer, String message) {

  public InputError {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }
}
