package io.edgecert.domain;

import java.util.Objects;

/**
 * One mistake in an input: the dotted field path ("edge.accessEdge", "sipDomains[1]", or empty when
 * it concerns the whole input), the line and column where known (0 when not) and a message for the
 * user. The message never repeats key material and stays short whatever it quotes ({@link
 * ShownText}).
 */
public record InputProblem(String path, int line, int column, String message) {

  public InputProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    message = ShownText.of(message);
  }

  /** A problem whose column is not known. */
  public InputProblem(String path, int line, String message) {
    this(path, line, 0, message);
  }

  public static InputProblem of(String message) {
    return new InputProblem("", 0, message);
  }

  public static InputProblem at(String path, String message) {
    return new InputProblem(path, 0, message);
  }

  /** The same problem, placed on a line. */
  public InputProblem onLine(int newLine) {
    return new InputProblem(path, newLine, column, message);
  }

  /** The same problem, placed on a line and column (1-based; 0 when not known). */
  public InputProblem at(int newLine, int newColumn) {
    return new InputProblem(path, newLine, newColumn, message);
  }

  /**
   * The path as an RFC 6901 JSON pointer: {@code edge.accessEdge} becomes {@code /edge/accessEdge}.
   */
  public String pointer() {
    if (path.isEmpty()) {
      return "";
    }
    return "/"
        + path.replace("~", "~0")
            .replace("/", "~1")
            .replace("[", ".")
            .replace("]", "")
            .replace('.', '/');
  }

  /** One line for a terminal: {@code topology.yaml:7 edge.accessEdge: message}. */
  public String describe(String source) {
    StringBuilder text = new StringBuilder(source);
    if (line > 0) {
      text.append(':').append(line);
    }
    text.append(path.isEmpty() ? ": " : " " + path + ": ");
    return text.append(message).toString();
  }
}
