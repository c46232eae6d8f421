package io.edgecert.x509;

import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.work.WorkStoppedException;
import java.io.IOException;

/** Builds the user-facing errors of this adapter: each names the file and what was found. */
final class InputErrors {

  /** One decoding step over untrusted bytes. */
  interface Step<T> {
    T run() throws IOException;
  }

  private InputErrors() {}

  /** An unreadable or unusable certificate input; the message must hold no key or password. */
  static InvalidInputException invalid(String file, String message) {
    return new InvalidInputException(file, InvalidInputException.Kind.INVALID, message);
  }

  /**
   * Runs {@code step}; a decoding failure (BouncyCastle throws IOException or unchecked exceptions
   * on malformed data) becomes an input error saying {@code failure}.
   */
  static <T> T decode(String file, String failure, Step<T> step) {
    try {
      return step.run();
    } catch (InvalidInputException | WorkStoppedException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw invalid(file, failure);
    }
  }
}
