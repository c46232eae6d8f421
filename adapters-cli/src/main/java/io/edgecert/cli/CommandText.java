package io.edgecert.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** Help sections shared by every command, and the one way a command writes its result. */
final class CommandText {
  static final String EXAMPLES = "%nExamples:%n";
  static final String EXIT_CODES = "%nExit codes:%n";
  static final String EXIT_OK = "0:done; validate: no must-rule failed (warnings allowed)";
  static final String EXIT_FAILED = "1:validate: a must-rule failed";
  static final String EXIT_INVALID = "2:invalid usage or input (topology, certificate, password)";
  static final String EXIT_INTERNAL = "3:internal error (EDGECERT_DEBUG=1 prints the stack trace)";

  private CommandText() {}

  /** Writes a command's result to its standard output, ending in one line break. */
  static void print(CommandSpec spec, String text) {
    PrintWriter out = spec.commandLine().getOut();
    out.print(text.endsWith("\n") ? text : text + "\n");
    out.flush();
  }
}
