package io.edgecert.bootstrap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * The java.util.logging set-up, named by the {@code java.util.logging.config.class} property so that
 * it runs only when something logs: records go to {@link LazyFileHandler}, never to the terminal.
 */
public final class LogConfiguration {
  static final String PROPERTIES =
      "handlers=" + LazyFileHandler.class.getName() + "\n.level=INFO\n";

  public LogConfiguration() throws IOException {
    LogManager.getLogManager()
        .readConfiguration(new ByteArrayInputStream(PROPERTIES.getBytes(StandardCharsets.UTF_8)));
  }
}
