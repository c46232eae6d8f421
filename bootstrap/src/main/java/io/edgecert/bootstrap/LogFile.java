package io.edgecert.bootstrap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the log of internal errors goes and how it is opened: a file in the user's own state
 * directory ({@code $XDG_STATE_HOME/edgecert}, else {@code ~/.local/state/edgecert}; {@code
 * ~/Library/Logs/edgecert} on macOS; {@code %LOCALAPPDATA%\edgecert\logs} on Windows), the
 * directory created 0700 and the file 0600, neither followed when it is a symbolic link, nor used
 * when another user owns it. The system property {@value #PROPERTY} names another file.
 */
final class LogFile {
  static final String PROPERTY = "edgecert.log.file";
  static final String NAME = "edgecert.log";
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
  private static final Set<OpenOption> APPEND =
      Set.of(
          StandardOpenOption.CREATE,
          StandardOpenOption.WRITE,
          StandardOpenOption.APPEND,
          LinkOption.NOFOLLOW_LINKS);

  private LogFile() {}

  /** The log file for this process, or null when there is no per-user directory to put it in. */
  static Path location(Map<String, String> environment, String osName, String userHome) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String local = environment.get("LOCALAPPDATA");
      return absolute(local) ? Path.of(local, "edgecert", "logs", NAME) : null;
    }
    if (!absolute(userHome)) {
      return null;
    }
    if (os.contains("mac")) {
      return Path.of(userHome, "Library", "Logs", "edgecert", NAME);
    }
    String state = environment.get("XDG_STATE_HOME");
    Path base = absolute(state) ? Path.of(state) : Path.of(userHome, ".local", "state");
    return base.resolve("edgecert").resolve(NAME);
  }

  /** The file named by the system property, else the per-user one of this platform. */
  static Path location() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath();
    }
    return location(
        System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
  }

  /**
   * Opens {@code file} for appending: its directory made (0700) or checked, the file created 0600.
   *
   * @throws IOException when either is a symbolic link, is not ours, or cannot be made
   */
  static OutputStream open(Path file) throws IOException {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    Path dir = file.getParent();
    if (!Files.exists(dir, NOFOLLOW)) {
      Files.createDirectories(dir.getParent());
      try {
        Files.createDirectory(dir, posix ? mode("rwx------") : new FileAttribute<?>[0]);
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // made by a concurrent run: checked below like any existing directory
      }
    }
    if (!Files.isDirectory(dir, NOFOLLOW)) {
      throw new IOException(dir + " is not a directory (or is a symbolic link)");
    }
    requireOurs(dir);
    if (posix) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
    OutputStream out =
        Channels.newOutputStream(
            Files.newByteChannel(
                file, APPEND, posix ? mode("rw-------") : new FileAttribute<?>[0]));
    try {
      requireOurs(file);
      if (posix) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
      return out;
    } catch (IOException e) {
      out.close();
      throw e;
    }
  }

  private static void requireOurs(Path path) throws IOException {
    String owner = Files.getOwner(path, NOFOLLOW).getName();
    String user = System.getProperty("user.name");
    if (user != null && !owner.equals(user) && !owner.endsWith("\\" + user)) {
      throw new IOException(path + " belongs to " + owner + ", not to " + user);
    }
  }

  private static FileAttribute<?>[] mode(String permissions) {
    Set<PosixFilePermission> set = PosixFilePermissions.fromString(permissions);
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(set)};
  }

  private static boolean absolute(String path) {
    return path != null && !path.isBlank() && Path.of(path).isAbsolute();
  }
}
