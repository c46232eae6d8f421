package io.edgecert.cli;

/**
 * The result could not be written (disk full, closed pipe, I/O error): exit 3 with this message,
 * never exit 0 with half a result.
 */
final class ResultWriteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ResultWriteException(String message, Throwable cause) {
    super(message, cause);
  }
}
