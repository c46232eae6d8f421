package io.edgecert.bootstrap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The java.util.logging set-up, named by the {@code java.util.logging.config.class} property so
 * that it runs only when something logs: records go to {@link LazyFileHandler}, never to the
 * terminal; {@code serve} sends them to standard error instead. java.util.logging is edgecert's one
 * logging facade (ADR 0052): Jetty and Javalin log through SLF4J, which slf4j-jdk14 routes here, so
 * one set of levels and one line format cover every record.
 */
public final class LogConfiguration {
  static final String PROPERTIES =
      "handlers="
          + LazyFileHandler.class.getName()
          + "\n.level=INFO\n"
          // Jetty's and Javalin's start-up chatter stays out; their warnings and errors do not.
          + "org.eclipse.jetty.level=WARNING\n"
          + "io.javalin.level=WARNING\n"
          // Javalin's own class logs only "Failed to start Javalin", before the exception that
          // `edgecert serve` reports itself in one line ("cannot listen on ..."): not twice.
          + "io.javalin.Javalin.level=OFF\n"
          // One line per record: time with offset, level, logger, message, then any stack trace.
          + "java.util.logging.SimpleFormatter.format="
          + "%1$tFT%1$tT.%1$tL%1$tz %4$s %3$s: %5$s%6$s%n\n";

  public LogConfiguration() throws IOException {
    read();
  }

  private static void read() throws IOException {
    LogManager.getLogManager()
        .readConfiguration(new ByteArrayInputStream(PROPERTIES.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * For a server: the levels and format above in force whoever started the JVM (not only through
   * {@code Main}), every record to standard error (where its operator looks), none to a file.
   */
  static void toStandardError() {
    try {
      read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
