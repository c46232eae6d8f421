package io.edgecert.bootstrap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The java.util.logging set-up, named by the {@code java.util.logging.config.class} property so
 * that it runs only when something logs: records go to {@link LazyFileHandler}, never to the
 * terminal; {@code serve} sends them to standard error instead.
 */
public final class LogConfiguration {
  static final String PROPERTIES =
      "handlers=" + LazyFileHandler.class.getName() + "\n.level=INFO\n";

  public LogConfiguration() throws IOException {
    LogManager.getLogManager()
        .readConfiguration(new ByteArrayInputStream(PROPERTIES.getBytes(StandardCharsets.UTF_8)));
  }

  /** For a server: every record to standard error (where its operator looks), none to a file. */
  static void toStandardError() {
    Logger root = Logger.getLogger("");
    for (Handler handler : root.getHandlers()) {
      root.removeHandler(handler);
      handler.close();
    }
    ConsoleHandler console = new ConsoleHandler();
    console.setLevel(Level.INFO);
    root.addHandler(console);
  }
}
