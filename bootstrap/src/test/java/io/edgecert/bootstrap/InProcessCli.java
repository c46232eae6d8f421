package io.edgecert.bootstrap;

import com.google.inject.Injector;
import io.edgecert.cli.CliEnvironment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * The command line of {@link Main}, run in this JVM with the injector Main builds (or that one with
 * a stopped clock), its exit code, standard output and standard error captured.
 */
final class InProcessCli {
  /** What one run of edgecert did. */
  record Run(int exitCode, String out, String err) {}

  private final Function<CliEnvironment, Injector> injectors;

  private InProcessCli(Function<CliEnvironment, Injector> injectors) {
    this.injectors = injectors;
  }

  static InProcessCli production() {
    return new InProcessCli(Injectors::production);
  }

  /** The production command line whose clock stands still at {@code now}. */
  static InProcessCli stoppedAt(Instant now) {
    return new InProcessCli(environment -> Injectors.stoppedAt(now, environment));
  }

  Run run(String... args) {
    return run(new byte[0], Map.of(), List.of(args));
  }

  Run run(byte[] stdin, Map<String, String> variables, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = commandLine(stdin, variables, out, err);
    int exitCode = commandLine.execute(args.toArray(String[]::new));
    return new Run(exitCode, out.toString(), err.toString());
  }

  /** The command line, not yet run, writing to {@code out} and {@code err}. */
  CommandLine commandLine(
      byte[] stdin, Map<String, String> variables, StringWriter out, StringWriter err) {
    CommandLine commandLine =
        injectors.apply(Injectors.environment(stdin, variables)).getInstance(CommandLine.class);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine;
  }
}
