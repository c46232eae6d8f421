package io.edgecert.cli;

import io.edgecert.cli.OutputFiles.Output;
import io.edgecert.domain.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a command's result to {@code --output FILE}: to a temporary file in the same directory,
 * then moved over FILE in one step, so that FILE is either the whole result or what it was before.
 * A device or pipe (/dev/stdout, a FIFO) is written directly, as a shell redirection would.
 */
final class ResultFile {

  private ResultFile() {}

  static void write(Path file, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
      writeDirectly(file, bytes);
      return;
    }
    Path staged = null;
    try {
      staged = TempFiles.stage(new Output(file, bytes, false));
      Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (staged != null) {
        TempFiles.deleteQuietly(staged);
      }
      throw failure(file, e);
    }
  }

  private static void writeDirectly(Path file, byte[] bytes) {
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
      out.write(bytes);
    } catch (IOException e) {
      throw failure(file, e);
    }
  }

  /** A path the user named wrongly is invalid input (exit 2); anything else a write error (3). */
  static RuntimeException failure(Path file, IOException e) {
    if (e instanceof NoSuchFileException
        || e instanceof AccessDeniedException
        || e instanceof NotDirectoryException
        || Files.isDirectory(file)) {
      String reason =
          e instanceof AccessDeniedException
              ? "permission denied"
              : Files.isDirectory(file) ? "it is a directory" : "no such directory";
      return new InvalidInputException(
          "edgecert",
          InvalidInputException.Kind.INVALID,
          "--output " + file + ": " + reason + "; nothing was written");
    }
    String reason =
        e instanceof FileSystemException && ((FileSystemException) e).getReason() != null
            ? ((FileSystemException) e).getReason()
            : e.getMessage();
    return new ResultWriteException(
        "cannot write " + file + ": " + reason + "; " + file + " was left as it was", e);
  }
}
