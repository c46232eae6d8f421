package io.edgecert.bootstrap;

import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.rest.RestServer;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One reload of a running server, reported on stderr: what is in force afterwards, or why the new
 * files were refused (the server goes on with the previous ones).
 */
final class ServeReload {
  private static final Logger LOG = Logger.getLogger(ServeReload.class.getName());
  private final PrintWriter err;

  ServeReload(PrintWriter err) {
    this.err = err;
  }

  void run(RestServer server) {
    if (server == null) {
      return;
    }
    try {
      for (String line : server.reload()) {
        err.println("edgecert: reloaded: " + line);
      }
    } catch (InvalidInputException e) {
      for (InputProblem problem : e.problems()) {
        err.println(
            "edgecert: reload refused, still serving the previous files: "
                + problem.describe(e.source()));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "reload failed", e);
      err.println("edgecert: reload failed (" + e.getClass().getSimpleName() + "); see the log");
    }
    err.flush();
  }
}
