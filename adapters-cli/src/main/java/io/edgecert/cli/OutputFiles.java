package io.edgecert.cli;

import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the output files of a command all or nothing: refuses when any exists (before any work is
 * done), writes each to a temporary file in its directory and moves it into place, and deletes
 * everything written when one step fails. Secret files are readable by their owner only.
 */
final class OutputFiles {

  /** One file to write: where, what, and whether only its owner may read it. */
  record Output(Path path, byte[] content, boolean secret) {}

  private OutputFiles() {}

  /** Refuses, naming every one of {@code paths} that exists already; edgecert never overwrites. */
  static void refuseExisting(List<Path> paths) {
    List<InputProblem> problems =
        paths.stream()
            .filter(Files::exists)
            .map(
                path ->
                    InputProblem.of(
                        path
                            + " exists already; edgecert never overwrites a file, "
                            + "so move it away or choose another output"))
            .toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException("edgecert", InvalidInputException.Kind.INVALID, problems);
    }
  }

  /** Writes every output or, on failure, none of them. */
  static void writeAll(List<Output> outputs) {
    List<Path> staged = new ArrayList<>();
    List<Path> written = new ArrayList<>();
    Path current = null;
    try {
      for (Output output : outputs) {
        current = output.path();
        staged.add(TempFiles.stage(output));
      }
      for (int i = 0; i < outputs.size(); i++) {
        current = outputs.get(i).path();
        Files.move(staged.get(i), current);
        written.add(current);
      }
    } catch (IOException e) {
      throw failure(written, staged, problem(current, e));
    }
  }

  private static String problem(Path target, IOException e) {
    if (e instanceof FileAlreadyExistsException && target.toString().equals(e.getMessage())) {
      return target + " appeared while edgecert was writing";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "cannot write " + target + ": " + e.getMessage() + " is not a directory";
    }
    String reason = e instanceof AccessDeniedException ? "permission denied" : e.getMessage();
    return "cannot write " + target + ": " + reason;
  }

  private static InvalidInputException failure(
      List<Path> written, List<Path> staged, String message) {
    written.forEach(TempFiles::deleteQuietly);
    staged.forEach(TempFiles::deleteQuietly);
    return new InvalidInputException(
        "edgecert", InvalidInputException.Kind.INVALID, message + "; nothing was written");
  }
}
