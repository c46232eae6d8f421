package io.edgecert.application.port.in;

import java.util.Objects;

/**
 * A topology document as handed in: a name for messages (a file name, "-" for standard input,
 * "request body"), its bytes, and its syntax.
 */
public record TopologySource(String name, byte[] content, Syntax syntax) {

  /** The syntax of the document; {@code AUTO} decides from the content. */
  public enum Syntax {
    YAML,
    JSON,
    AUTO
  }

  public TopologySource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(syntax, "syntax");
  }
}
