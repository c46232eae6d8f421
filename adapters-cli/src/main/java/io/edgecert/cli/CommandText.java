package io.edgecert.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** Help sections shared by every command, and the one way a command writes its result. */
final class CommandText {
  static final String EXAMPLES = "%nExamples:%n";
  static final String EXIT_CODES = "%nExit codes:%n";
  static final String EXIT_OK = "0:done; validate: no must-rule failed (warnings allowed)";
  static final String EXIT_FAILED = "1:validate, bundle, probe: a must-rule failed";
  static final String EXIT_INVALID = "2:invalid usage or input (topology, certificate, password)";
  static final String EXIT_INTERNAL = "3:internal error (EDGECERT_DEBUG=1 prints the stack trace)";
  static final String EXIT_PLAN_OK = "0:the plan was printed (advisories do not change it)";
  static final String EXIT_VALIDATE_OK = "0:no must-rule failed (warnings allowed)";
  static final String EXIT_VALIDATE_FAILED = "1:a must-rule failed";
  static final String EXIT_RULES_OK = "0:the rules were printed";
  static final String EXIT_RULES_INVALID = "2:no rule matches the id or prefix, or invalid usage";
  static final String EXIT_REQUEST_OK = "0:the key, the request and the checklist were written";
  static final String EXIT_BUNDLE_OK = "0:the PKCS#12 file was written";
  static final String EXIT_PROBE_OK = "0:every required endpoint answered; no must-rule failed";
  static final String EXIT_PROBE_FAILED =
      "1:a must-rule failed or a required endpoint cannot be reached";
  static final String EXIT_BUNDLE_FAILED =
      "1:the certificate fails a must-rule of the --topology plan or, without --topology, is"
          + " expired or not yet valid; nothing was written";

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
