package io.edgecert.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The edgecert command line, whole or for one run. picocli reads the annotations of every
 * subcommand it is given; a run whose arguments name a subcommand needs only that one, so {@link
 * #forArguments} builds the command line with it alone (start-up: the others' options are never
 * read). Anything else (no subcommand, {@code --help} or {@code --version} before it, a misspelt or
 * abbreviated name, an argument file, {@code help}, {@code completion}) gets every subcommand, so
 * that lists, suggestions and completion scripts stay whole.
 */
public final class CommandLines {
  private final List<Object> subcommands;
  private final CliEnvironment environment;

  /** Over {@code subcommands} (picocli-annotated objects) under a new {@link EdgecertCommand}. */
  public CommandLines(List<Object> subcommands, CliEnvironment environment) {
    this.subcommands = List.copyOf(subcommands);
    this.environment = environment;
  }

  /** The command line with every subcommand. */
  public CommandLine all() {
    return EdgecertCli.create(new EdgecertCommand(), subcommands, environment);
  }

  /** The command line for a run with these arguments: the one subcommand they name, else all. */
  public CommandLine forArguments(String... args) {
    String name = subcommandName(args);
    if (name != null) {
      List<Object> named = new ArrayList<>(1);
      for (Object subcommand : subcommands) {
        Command command = subcommand.getClass().getAnnotation(Command.class);
        if (command != null && command.name().equals(name) && command.aliases().length == 0) {
          named.add(subcommand);
        }
      }
      if (named.size() == 1) {
        return EdgecertCli.only(new EdgecertCommand(), named, environment);
      }
    }
    return all();
  }

  /**
   * The subcommand name the arguments start with, after the top-level options that take no part in
   * choosing it ({@code --color WHEN}); null when an argument before it asks for the top-level
   * command itself (help, version, an argument file, anything unknown).
   */
  public static String subcommandName(String... args) {
    for (int i = 0; i < args.length; i++) {
      String argument = args[i];
      if (argument.equals(EdgecertCommand.COLOR)) {
        i++;
      } else if (!argument.startsWith(EdgecertCommand.COLOR + "=")) {
        return argument.startsWith("-") || argument.startsWith("@") ? null : argument;
      }
    }
    return null;
  }
}
