package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LazyFileHandlerTest {

  @Test
  void givenNoRecord_handler_createsNoFile(@TempDir Path dir) {
    LazyFileHandler handler = new LazyFileHandler(dir.resolve("edgecert.log").toString());
    handler.flush();
    handler.close();

    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void givenError_handler_appendsMessageAndStackTraceToTheFile(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("edgecert.log");
    LazyFileHandler handler = new LazyFileHandler(log.toString());
    LogRecord record = new LogRecord(Level.SEVERE, "internal error");
    record.setThrown(new IllegalStateException("the cause"));

    handler.publish(record);
    handler.close();

    assertThat(Files.readString(log))
        .contains("internal error", "java.lang.IllegalStateException: the cause", "\tat ");
  }
}
