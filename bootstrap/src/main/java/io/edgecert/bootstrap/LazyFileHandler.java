package io.edgecert.bootstrap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * A log handler that appends to the per-user {@link LogFile}, opened only when the first record
 * arrives, so that a run without errors creates no file and pays nothing. When that file cannot be
 * used (no home directory, a symbolic link, another user's file), records go to standard error
 * through a {@link ConsoleHandler}, after a record that says why.
 */
public final class LazyFileHandler extends Handler {
  private final Path file;
  private final Supplier<StreamHandler> fallback;
  private StreamHandler target;

  public LazyFileHandler() {
    this(LogFile.location(), ConsoleHandler::new);
  }

  /** {@code fallback} makes the handler used when the file cannot be (standard error). */
  LazyFileHandler(Path file, Supplier<StreamHandler> fallback) {
    this.file = file;
    this.fallback = fallback;
  }

  @Override
  public synchronized void publish(LogRecord record) {
    if (!isLoggable(record)) {
      return;
    }
    if (target == null) {
      target = open();
    }
    target.publish(record);
    target.flush();
  }

  private StreamHandler open() {
    String why = "no per-user directory for it";
    if (file != null) {
      try {
        StreamHandler handler = new StreamHandler(LogFile.open(file), new SimpleFormatter());
        handler.setLevel(getLevel());
        return handler;
      } catch (IOException | RuntimeException e) {
        why = e.getMessage();
      }
    }
    StreamHandler handler = fallback.get();
    handler.setLevel(getLevel());
    String where = file == null ? "a file" : file.toString();
    handler.publish(
        new LogRecord(
            Level.WARNING,
            "edgecert: cannot write the log to "
                + where
                + " ("
                + why
                + "); logging to standard error"));
    return handler;
  }

  @Override
  public synchronized void flush() {
    if (target != null) {
      target.flush();
    }
  }

  @Override
  public synchronized void close() {
    if (target != null) {
      target.close();
    }
  }
}
