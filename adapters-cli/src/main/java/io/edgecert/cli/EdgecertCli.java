package io.edgecert.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.HelpCommand;

/** Builds the edgecert command line: the subcommands, the error mapping and the colour scheme. */
public final class EdgecertCli {

  private EdgecertCli() {}

  /** The charset picocli would use for standard output. */
  private static Charset stdoutCharset() {
    for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding"}) {
      String name = System.getProperty(property);
      if (name != null && Charset.isSupported(name)) {
        return Charset.forName(name);
      }
    }
    return Charset.defaultCharset();
  }

  /** The command line with {@code subcommands} (picocli-annotated objects) under {@code root}. */
  public static CommandLine create(
      EdgecertCommand root, List<Object> subcommands, CliEnvironment environment) {
    CommandLine commandLine = new CommandLine(root);
    subcommands.forEach(commandLine::addSubcommand);
    commandLine.addSubcommand(new CompletionSubcommand());
    commandLine.addSubcommand(new HelpCommand());
    ErrorMapping errors = new ErrorMapping(environment.debug());
    commandLine.setExecutionExceptionHandler(errors);
    commandLine.setParameterExceptionHandler(errors);
    commandLine.setColorScheme(Help.defaultColorScheme(environment.colours()));
    // A writer that reports the errors of System.out (disk full, closed pipe) to checkError():
    // picocli's own wraps System.out in a writer that hides them.
    commandLine.setOut(new PrintWriter(System.out, true, stdoutCharset()));
    return commandLine;
  }
}
