package io.edgecert.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A user mistake in what was handed to edgecert (a topology, a certificate file, a password): the
 * message is written for the user and names the source, the field or line, and what was expected.
 */
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Problems listed at most: an input full of mistakes (100,000 empty certificates) gets an answer
   * the size of a page, not 48 times its own size.
   */
  public static final int MAX_LISTED = 100;

  /** Whether the input could not be parsed at all, or was parsed and found wrong. */
  public enum Kind {
    MALFORMED,
    INVALID
  }

  private final transient String source;
  private final transient Kind kind;
  private final transient List<InputProblem> problems;
  private final transient int unlisted;

  /** Keeps the first {@link #MAX_LISTED} problems and counts the rest (see {@link #unlisted()}). */
  public InvalidInputException(String source, Kind kind, List<InputProblem> problems) {
    super(describe(ShownText.of(source), problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an input error needs at least one problem");
    }
    this.source = ShownText.of(source);
    this.kind = kind;
    this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_LISTED)));
    this.unlisted = problems.size() - this.problems.size();
  }

  /** A single problem that belongs to no field (an unreadable file, a wrong password). */
  public InvalidInputException(String source, Kind kind, String message) {
    this(source, kind, List.of(InputProblem.of(message)));
  }

  private static String describe(String source, List<InputProblem> problems) {
    String listed =
        problems.stream()
            .limit(MAX_LISTED)
            .map(p -> p.describe(source))
            .collect(Collectors.joining("\n"));
    return problems.size() > MAX_LISTED
        ? listed + "\n" + more(problems.size() - MAX_LISTED)
        : listed;
  }

  /** "and N more problems", for the line after the listed ones. */
  public static String more(int unlisted) {
    return "... and " + unlisted + " more problem" + (unlisted == 1 ? "" : "s") + " not listed";
  }

  /** The file name, "-" for standard input, or a name for an HTTP body part. */
  public String source() {
    return source;
  }

  public Kind kind() {
    return kind;
  }

  /** Every problem found, not only the first, up to {@link #MAX_LISTED}. */
  public List<InputProblem> problems() {
    return problems;
  }

  /** How many problems were found beyond those listed (0 when all are). */
  public int unlisted() {
    return unlisted;
  }
}
