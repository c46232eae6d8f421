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

  /**
   * The command line of a new {@link EdgecertCommand} with no subcommand yet, for {@link
   * #forArguments(CommandLine, String...)}. It needs nothing from the subcommands, so it can be
   * built while they are being made (start-up: picocli's reading of the top-level annotations and
   * set-up of its converters is about a sixth of a {@code plan} run).
   */
  public static CommandLine root() {
    return new CommandLine(new EdgecertCommand());
  }

  /** The command line with every subcommand. */
  public CommandLine all() {
    return all(root());
  }

  private CommandLine all(CommandLine root) {
    return EdgecertCli.create(root, subcommands, environment);
  }

  /** The command line for a run with these arguments: the one subcommand they name, else all. */
  public CommandLine forArguments(String... args) {
    return forArguments(root(), args);
  }

  /**
   * As {@link #forArguments(String...)}, with the subcommands added to {@code root}: a command line
   * from {@link #root()} that nothing else has used.
   */
  public CommandLine forArguments(CommandLine root, String... args) {
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
        return EdgecertCli.only(root, named, environment);
      }
    }
    return all(root);
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
