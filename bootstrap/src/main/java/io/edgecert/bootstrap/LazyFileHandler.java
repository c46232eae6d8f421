package io.edgecert.bootstrap;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * A log handler that appends to the per-user {@link LogFile}, opened only when the first record
 * arrives, so that a run without errors creates no file and pays nothing. When that file cannot be
 * used (no home directory, a symbolic link, another user's file), records go to standard error,
 * after one line that says why.
 */
public final class LazyFileHandler extends Handler {
  private final Path file;
  private final PrintStream stderr;
  private StreamHandler target;

  public LazyFileHandler() {
    this(LogFile.location(), System.err);
  }

  LazyFileHandler(Path file, PrintStream stderr) {
    this.file = file;
    this.stderr = stderr;
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
    OutputStream out = null;
    String why = "no per-user directory for it";
    if (file != null) {
      try {
        out = LogFile.open(file);
      } catch (IOException | RuntimeException e) {
        why = e.getMessage();
      }
    }
    if (out == null) {
      stderr.println(
          "edgecert: cannot write the log to "
              + (file == null ? "a file" : file)
              + " ("
              + why
              + "); logging to standard error");
      out = unclosable(stderr);
    }
    StreamHandler handler = new StreamHandler(out, new SimpleFormatter());
    handler.setLevel(getLevel());
    return handler;
  }

  /** Standard error must outlive the handler: closing it only flushes. */
  private static OutputStream unclosable(PrintStream stream) {
    return new FilterOutputStream(stream) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
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
