package io.edgecert.cli;

import io.edgecert.cli.OutputFiles.Output;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Temporary files beside their target, created owner-only where POSIX permissions exist. */
final class TempFiles {
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

  private TempFiles() {}

  /** Writes the content to a new temporary file in the target's directory; never world-readable. */
  static Path stage(Output output) throws IOException {
    Path temp = createOwnerOnly(output.path());
    try {
      Files.write(temp, output.content());
      if (posix() && !output.secret()) {
        Files.setPosixFilePermissions(temp, READABLE);
      }
      return temp;
    } catch (IOException e) {
      deleteQuietly(temp);
      throw e;
    }
  }

  /**
   * A new empty temporary file in the directory of {@code target} (created if missing), readable by
   * everyone once written, as the result it will replace: for results written while a run goes on.
   */
  static Path create(Path target) throws IOException {
    Path temp = createOwnerOnly(target);
    try {
      if (posix()) {
        Files.setPosixFilePermissions(temp, READABLE);
      }
      return temp;
    } catch (IOException e) {
      deleteQuietly(temp);
      throw e;
    }
  }

  private static Path createOwnerOnly(Path target) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    return posix()
        ? Files.createTempFile(directory, ".edgecert-", ".tmp", ownerOnly())
        : Files.createTempFile(directory, ".edgecert-", ".tmp");
  }

  static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // best effort: the file is left for the admin to remove, the error is reported already
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  private static FileAttribute<Set<PosixFilePermission>> ownerOnly() {
    return PosixFilePermissions.asFileAttribute(OWNER_ONLY);
  }
}
