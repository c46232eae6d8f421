package io.edgecert.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where a result written while the run goes on (validate's JSON lines) goes: standard output, or
 * {@code --output FILE} kept all or nothing as every other result is, through a temporary file
 * beside FILE that is moved over it once the run has ended and deleted if the run breaks. A device
 * or pipe is written directly, as a shell redirection would. A failed write is exit 3, never 0.
 */
final class StreamedResult implements AutoCloseable {
  private static final int BUFFER = 1 << 16;
  private final PrintWriter writer;
  private final Path file;
  private final Path staged;
  private boolean done;

  private StreamedResult(PrintWriter writer, Path file, Path staged) {
    this.writer = writer;
    this.file = file;
    this.staged = staged;
  }

  /** Standard output when {@code file} is null; checks the file's place before any work. */
  static StreamedResult open(CommandSpec spec, Path file) {
    if (file == null) {
      return new StreamedResult(spec.commandLine().getOut(), null, null);
    }
    if (Files.isDirectory(file)) {
      throw ResultFile.failure(file, new FileSystemException(file.toString()));
    }
    boolean device = Files.exists(file) && !Files.isRegularFile(file);
    Path staged = null;
    try {
      staged = device ? null : TempFiles.create(file);
      OutputStream out = Files.newOutputStream(device ? file : staged, StandardOpenOption.WRITE);
      PrintWriter writer =
          new PrintWriter(
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER));
      return new StreamedResult(writer, file, staged);
    } catch (IOException e) {
      if (staged != null) {
        TempFiles.deleteQuietly(staged);
      }
      throw ResultFile.failure(file, e);
    }
  }

  PrintWriter writer() {
    return writer;
  }

  /** Writes what is buffered and puts the whole result in place. */
  void commit() {
    writer.flush();
    boolean failed = writer.checkError();
    if (file == null) {
      if (failed) {
        throw new ResultWriteException(
            "cannot write the result to standard output (closed pipe or full disk)", null);
      }
      return;
    }
    writer.close();
    failed |= writer.checkError();
    if (failed) {
      throw ResultFile.failure(file, new IOException("the write failed (full disk?)"));
    }
    if (staged != null) {
      try {
        Files.move(
            staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw ResultFile.failure(file, e);
      }
    }
    done = true;
  }

  /** Leaves {@code --output FILE} as it was when the result was not committed. */
  @Override
  public void close() {
    if (file == null || done) {
      return;
    }
    done = true;
    writer.close();
    if (staged != null) {
      TempFiles.deleteQuietly(staged);
    }
  }
}
