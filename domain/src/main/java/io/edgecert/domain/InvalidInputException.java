package io.edgecert.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A user mistake in what was handed to edgecert (a topology, a certificate file, a password): the
 * message is written for the user and names the source, the field or line, and what was expected.
 */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Whether the input could not be parsed at all, or was parsed and found wrong. */
  public enum Kind {
    MALFORMED,
    INVALID
  }

  private final transient String source;
  private final transient Kind kind;
  private final transient List<InputProblem> problems;

  public InvalidInputException(String source, Kind kind, List<InputProblem> problems) {
    super(describe(source, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an input error needs at least one problem");
    }
    this.source = source;
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  /** A single problem that belongs to no field (an unreadable file, a wrong password). */
  public InvalidInputException(String source, Kind kind, String message) {
    this(source, kind, List.of(InputProblem.of(message)));
  }

  private static String describe(String source, List<InputProblem> problems) {
    return problems.stream().map(p -> p.describe(source)).collect(Collectors.joining("\n"));
  }

  /** The file name, "-" for standard input, or a name for an HTTP body part. */
  public String source() {
    return source;
  }

  public Kind kind() {
    return kind;
  }

  /** Every problem found, not only the first. */
  public List<InputProblem> problems() {
    return problems;
  }
}
