package io.edgecert.application.port.in;

import java.util.Objects;

/** A file as handed in: its name for messages and its bytes. */
public record InputFile(String name, byte[] content) {

  public InputFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }

  @Override
  public String toString() {
    return "InputFile[" + name + ", " + content.length + " bytes]";
  }
}
