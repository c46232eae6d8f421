package io.edgecert.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.HelpCommand;

/** Builds the edgecert command line: the subcommands, the error mapping and the colour scheme. */
public final class EdgecertCli {

  private EdgecertCli() {}

  /** The command line with {@code subcommands} (picocli-annotated objects) under {@code root}. */
  public static CommandLine create(
      EdgecertCommand root, List<Object> subcommands, CliEnvironment environment) {
    CommandLine commandLine = new CommandLine(root);
    // A loop, not a method reference: a lambda that names picocli.CommandLine links that class
    // when the class-data archive is made, and a linked class of picocli's old class-file version
    // cannot be archived (its 72 kB would be parsed on every start).
    for (Object subcommand : subcommands) {
      commandLine.addSubcommand(subcommand);
    }
    commandLine.addSubcommand(new CompletionSubcommand());
    commandLine.addSubcommand(new HelpCommand());
    ErrorMapping errors = new ErrorMapping(environment.debug());
    commandLine.setExecutionExceptionHandler(errors);
    commandLine.setParameterExceptionHandler(errors);
    commandLine.setColorScheme(Help.defaultColorScheme(environment.colours()));
    commandLine.setExecutionStrategy(new CliExecution(environment));
    return commandLine;
  }
}
