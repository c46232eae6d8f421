package io.edgecert.bootstrap;

import java.io.IOException;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * A log handler that appends to a file it opens only when the first record arrives, so that a run
 * without errors creates no file and pays nothing. The default file is edgecert.log in the
 * system's temporary directory.
 */
public final class LazyFileHandler extends Handler {
  static final String DEFAULT_PATTERN = "%t/edgecert.log";
  private final String pattern;
  private FileHandler file;

  public LazyFileHandler() {
    this(DEFAULT_PATTERN);
  }

  LazyFileHandler(String pattern) {
    this.pattern = pattern;
  }

  @Override
  public synchronized void publish(LogRecord record) {
    if (!isLoggable(record)) {
      return;
    }
    try {
      if (file == null) {
        file = new FileHandler(pattern, true);
        file.setFormatter(new SimpleFormatter());
      }
      file.publish(record);
      file.flush();
    } catch (IOException e) {
      reportError("cannot open " + pattern, e, ErrorManager.OPEN_FAILURE);
    }
  }

  @Override
  public synchronized void flush() {
    if (file != null) {
      file.flush();
    }
  }

  @Override
  public synchronized void close() {
    if (file != null) {
      file.close();
    }
  }
}
