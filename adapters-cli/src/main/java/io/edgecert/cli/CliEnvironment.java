package io.edgecert.cli;

import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine.Help.Ansi;

/**
 * What the command line sees of its process: standard input, the environment variables, a console
 * to ask for passwords on, and whether the terminal takes colour (ON or OFF; picocli's AUTO would
 * read NO_COLOR itself, treating an empty value as set).
 */
public record CliEnvironment(
    InputStream stdin, Map<String, String> variables, PasswordPrompt prompt, Ansi ansi) {

  public CliEnvironment {
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(ansi, "ansi");
    variables = Map.copyOf(variables);
  }

  /**
   * The colour mode of {@code --color=auto}: off whenever NO_COLOR is set to anything but the empty
   * string (no-color.org) or TERM is dumb, else what the terminal allows.
   */
  public Ansi colours() {
    String noColor = variables.get("NO_COLOR");
    boolean off = noColor != null && !noColor.isEmpty() || "dumb".equals(variables.get("TERM"));
    return off ? Ansi.OFF : ansi;
  }

  /** True when EDGECERT_DEBUG=1 asks for stack traces of internal errors on stderr. */
  public boolean debug() {
    return "1".equals(variables.get("EDGECERT_DEBUG"));
  }

  /** The value of an environment variable, or null when it is not set. */
  public String variable(String name) {
    return variables.get(name);
  }
}
