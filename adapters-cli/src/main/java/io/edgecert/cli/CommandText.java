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

  /**
   * Writes a command's result, ending in one line break, to the file of its {@code --output} or
   * else to its standard output. A write that fails (disk full, closed pipe) throws {@link
   * ResultWriteException}: exit 3, never exit 0 with half a result.
   */
  static void print(CommandSpec spec, String text) {
    String result = text.endsWith("\n") ? text : text + "\n";
    for (CommandSpec mixin : spec.mixins().values()) {
      if (mixin.userObject() instanceof OutputOption option && option.file != null) {
        ResultFile.write(option.file, result);
        return;
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(result);
    if (out.checkError()) {
      throw new ResultWriteException(
          "cannot write the result to standard output (closed pipe or full disk)", null);
    }
  }
}
