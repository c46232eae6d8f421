package io.edgecert.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the command that was asked for, after two checks that picocli leaves to its caller: a word
 * that is no command is a mistake even beside {@code --help} ({@code edgecert probe --help} exits
 * 2, not 0 with the top help), and {@code --color} sets the colour of everything printed.
 */
final class CliExecution implements IExecutionStrategy {
  private final CliEnvironment environment;

  CliExecution(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public int execute(ParseResult parsed) {
    refuseUnmatched(parsed);
    ColourMode mode = colourMode(parsed);
    if (mode != null) {
      parsed.commandSpec().commandLine().setColorScheme(Help.defaultColorScheme(ansi(mode)));
    }
    return new RunLast().execute(parsed);
  }

  private Ansi ansi(ColourMode mode) {
    return switch (mode) {
      case ALWAYS -> Ansi.ON;
      case NEVER -> Ansi.OFF;
      case AUTO -> environment.colours();
    };
  }

  private static void refuseUnmatched(ParseResult parsed) {
    for (ParseResult at = parsed; at != null; at = at.subcommand()) {
      List<String> unmatched = at.unmatched();
      if (!unmatched.isEmpty()) {
        throw new UnmatchedArgumentException(at.commandSpec().commandLine(), unmatched);
      }
    }
  }

  /** The last --color given, on the top command or the subcommand; null when none was. */
  private static ColourMode colourMode(ParseResult parsed) {
    ColourMode mode = null;
    for (ParseResult at = parsed; at != null; at = at.subcommand()) {
      if (at.hasMatchedOption(EdgecertCommand.COLOR)) {
        mode = at.matchedOptionValue(EdgecertCommand.COLOR, ColourMode.AUTO);
      }
    }
    return mode;
  }

  /** When to colour the output; {@code auto} colours a terminal unless NO_COLOR or TERM=dumb. */
  enum ColourMode {
    AUTO,
    ALWAYS,
    NEVER;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Reads auto, always or never, in any case. */
  static final class ColourModeConverter implements ITypeConverter<ColourMode> {
    @Override
    public ColourMode convert(String value) {
      for (ColourMode mode : ColourMode.values()) {
        if (mode.name().equalsIgnoreCase(value)) {
          return mode;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not a colour mode; expected auto, always or never");
    }
  }
}
