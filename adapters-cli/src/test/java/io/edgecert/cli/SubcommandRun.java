package io.edgecert.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * Runs one subcommand under the real edgecert command line (error mapping included) in process,
 * with environment variables and typed passwords set by the test; captures exit code and output.
 */
final class SubcommandRun {
  final Map<String, String> variables = new HashMap<>();
  final List<String> typed = new ArrayList<>();
  final List<String> prompts = new ArrayList<>();
  private boolean console;
  int exitCode;
  String out;
  String err;

  /** A console on which the user types {@code lines}, one per prompt. */
  SubcommandRun typing(String... lines) {
    console = true;
    typed.addAll(List.of(lines));
    return this;
  }

  SubcommandRun run(Function<CliEnvironment, Object> subcommand, String... args) {
    PasswordPrompt prompt =
        text -> {
          prompts.add(text);
          return console && !typed.isEmpty()
              ? Optional.of(typed.remove(0).toCharArray())
              : Optional.empty();
        };
    CliEnvironment environment =
        new CliEnvironment(new ByteArrayInputStream(new byte[0]), variables, prompt, Ansi.OFF);
    CommandLine cli =
        EdgecertCli.create(
            new EdgecertCommand(), List.of(subcommand.apply(environment)), environment);
    StringWriter outText = new StringWriter();
    StringWriter errText = new StringWriter();
    cli.setOut(new PrintWriter(outText, true));
    cli.setErr(new PrintWriter(errText, true));
    exitCode = cli.execute(args);
    out = outText.toString();
    err = errText.toString();
    return this;
  }
}
