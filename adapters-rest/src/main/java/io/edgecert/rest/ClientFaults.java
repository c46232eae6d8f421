package io.edgecert.rest;

import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * Tells a request the client broke (an upload cut short, a malformed chunk size, a body that
 * stopped arriving) from a fault of the server: Jetty reports both as exceptions from the body
 * stream, but only the second is ours.
 */
final class ClientFaults {
  private static final int MAX_DEPTH = 10;

  private ClientFaults() {}

  /** The 4xx status that fits {@code e} when the client caused it, else 0. */
  static int status(Throwable e) {
    Throwable cause = e;
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
      if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
        return http.getCode();
      }
      if (cause instanceof TimeoutException) {
        return 408;
      }
      if (cause instanceof EofException) {
        return 400;
      }
      cause = cause.getCause();
    }
    return 0;
  }

  /** What the client reads about {@code status} (one of those {@link #status} returns). */
  static String detail(int status) {
    return status == 408
        ? "The request body did not arrive in time: the connection was silent for longer than"
            + " the server's idle timeout."
        : "The request could not be read.";
  }

  /** What went wrong at the root, in a few words and on one line. */
  static String reason(Throwable fault) {
    Throwable e = fault;
    for (int depth = 0; e.getCause() != null && depth < MAX_DEPTH; depth++) {
      e = e.getCause();
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName()
        + (message == null ? "" : ": " + ProblemErrorHandler.detail(400, message));
  }
}
