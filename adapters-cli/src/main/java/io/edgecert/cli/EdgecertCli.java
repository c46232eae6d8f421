package io.edgecert.cli;

import java.util.ArrayList;
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
    return create(new CommandLine(root), subcommands, environment);
  }

  /**
   * The command line with {@code subcommands} under {@code root}, a command line of an {@link
   * EdgecertCommand} with no subcommand yet ({@link CommandLines#root}).
   */
  static CommandLine create(
      CommandLine root, List<Object> subcommands, CliEnvironment environment) {
    List<Object> all = new ArrayList<>(subcommands);
    all.add(new CompletionSubcommand());
    all.add(new HelpCommand());
    return only(root, all, environment);
  }

  /**
   * The command line with these subcommands alone, without {@code completion} and {@code help}
   * ({@link CommandLines#forArguments}: a run that names one subcommand needs no other).
   */
  static CommandLine only(
      CommandLine commandLine, List<Object> subcommands, CliEnvironment environment) {
    // A loop, not a method reference: a lambda that names picocli.CommandLine links that class
    // when the class-data archive is made, and a linked class of picocli's old class-file version
    // cannot be archived (its 72 kB would be parsed on every start).
    for (Object subcommand : subcommands) {
      commandLine.addSubcommand(subcommand);
    }
    // After the subcommands: these settings reach the subcommands already added.
    ErrorMapping errors = new ErrorMapping(environment.debug());
    commandLine.setExecutionExceptionHandler(errors);
    commandLine.setParameterExceptionHandler(errors);
    commandLine.setColorScheme(Help.defaultColorScheme(environment.colours()));
    commandLine.setExecutionStrategy(new CliExecution(environment));
    return commandLine;
  }
}
