package io.edgecert.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, which Java 17 cannot ask directly. */
final class Terminals {

  private Terminals() {}

  /**
   * On Linux, whether file descriptor 2 is a terminal device; elsewhere, whether the JVM has a
   * console (standard input and output are terminals), the nearest question Java 17 can ask.
   */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.isSymbolicLink(fd)) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (IOException | UnsupportedOperationException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
