package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LazyFileHandlerTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private LazyFileHandler handler(Path file) {
    return new LazyFileHandler(file, () -> new StreamHandler(stderr, new SimpleFormatter()));
  }

  private static LogRecord bug() {
    LogRecord record = new LogRecord(Level.SEVERE, "internal error");
    record.setThrown(new IllegalStateException("the cause"));
    return record;
  }

  @Test
  void givenNoRecord_handler_createsNoFile() {
    LazyFileHandler handler = handler(dir.resolve("edgecert").resolve("edgecert.log"));
    handler.flush();
    handler.close();

    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void givenError_handler_appendsToAFileOnlyItsUserCanRead() throws Exception {
    Path log = dir.resolve("state").resolve("edgecert").resolve("edgecert.log");
    LazyFileHandler handler = handler(log);

    handler.publish(bug());
    handler.close();

    assertThat(Files.readString(log))
        .contains("internal error", "java.lang.IllegalStateException: the cause", "\tat ");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log.getParent())))
        .isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log)))
        .isEqualTo("rw-------");
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void givenLogFileIsASymbolicLink_handler_leavesItsTargetAloneAndLogsToStderr() throws Exception {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious\n");
    Path logDir = Files.createDirectory(dir.resolve("edgecert"));
    Path log = Files.createSymbolicLink(logDir.resolve("edgecert.log"), victim);
    LazyFileHandler handler = handler(log);

    handler.publish(bug());
    handler.close();

    assertThat(Files.readString(victim)).isEqualTo("precious\n");
    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("edgecert: cannot write the log to " + log)
        .contains("logging to standard error", "java.lang.IllegalStateException: the cause");
  }

  @Test
  void givenLogDirectoryIsASymbolicLink_handler_writesNothingThere() throws Exception {
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    Path logDir = Files.createSymbolicLink(dir.resolve("edgecert"), elsewhere);
    LazyFileHandler handler = handler(logDir.resolve("edgecert.log"));

    handler.publish(bug());
    handler.close();

    assertThat(elsewhere).isEmptyDirectory();
    assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("logging to standard error");
  }

  @Test
  void givenNoHome_handler_logsToStderr() {
    LazyFileHandler handler = handler(null);

    handler.publish(bug());

    assertThat(stderr.toString(StandardCharsets.UTF_8))
        .contains("edgecert: cannot write the log to a file (no per-user directory for it)");
  }

  @Test
  void location_isThePlatformsPerUserStateDirectory() {
    assertThat(LogFile.location(Map.of(), "Linux", "/home/ann"))
        .isEqualTo(Path.of("/home/ann/.local/state/edgecert/edgecert.log"));
    assertThat(LogFile.location(Map.of("XDG_STATE_HOME", "/srv/state"), "Linux", "/home/ann"))
        .isEqualTo(Path.of("/srv/state/edgecert/edgecert.log"));
    assertThat(LogFile.location(Map.of("XDG_STATE_HOME", "relative"), "Linux", "/home/ann"))
        .isEqualTo(Path.of("/home/ann/.local/state/edgecert/edgecert.log"));
    assertThat(LogFile.location(Map.of(), "Mac OS X", "/Users/ann"))
        .isEqualTo(Path.of("/Users/ann/Library/Logs/edgecert/edgecert.log"));
    assertThat(LogFile.location(Map.of(), "Linux", "?")).isNull();
  }

  @Test
  void givenError_mainInternalError_exits3WithOneLineNamingTheLog() throws Exception {
    Logger log = Logger.getAnonymousLogger();
    log.setUseParentHandlers(false);
    List<LogRecord> logged = new ArrayList<>();
    log.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
    OutOfMemoryError error = new OutOfMemoryError("Java heap space");

    int exit =
        Main.internalError(error, log, new PrintStream(stderr, true, StandardCharsets.UTF_8));

    String err = stderr.toString(StandardCharsets.UTF_8);
    assertThat(exit).isEqualTo(3);
    assertThat(err).matches("edgecert: internal error: OutOfMemoryError; see the log.*\\R");
    assertThat(err.lines()).hasSize(1);
    assertThat(logged).singleElement().satisfies(r -> assertThat(r.getThrown()).isSameAs(error));
  }
}
