package io.edgecert.acceptance.driver;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A topology document as an administrator writes it: its text and its syntax. */
public record TopologyText(String text, Syntax syntax) {

  /** The two syntaxes of the topology format. */
  public enum Syntax {
    YAML("topology.yaml", "application/yaml"),
    JSON("topology.json", "application/json");

    private final String fileName;
    private final String mediaType;

    Syntax(String fileName, String mediaType) {
      this.fileName = fileName;
      this.mediaType = mediaType;
    }

    /** The file name a driver saves the document under. */
    public String fileName() {
      return fileName;
    }

    public String mediaType() {
      return mediaType;
    }
  }

  public TopologyText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(syntax, "syntax");
  }

  public byte[] bytes() {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
