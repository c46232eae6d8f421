package io.edgecert.cli;

import io.edgecert.application.port.in.BundleRefusedException;
import io.edgecert.application.port.in.UnknownRuleException;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.ShownText;
import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where errors become exit codes: user mistakes (bad usage, invalid input) exit 2
 * with a message on stderr, anything else is a bug that exits 3 with its stack trace in the log.
 */
final class ErrorMapping implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final String LOGGER = "io.edgecert.cli";
  static final String LOG_FILE = "edgecert.log.file";
  private final boolean debug;

  ErrorMapping(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    // picocli starts some messages (exclusive options) with "Error: ": one prefix is enough; the
    // argument it quotes is shown without key material (a key pasted as an argument).
    err.println("edgecert: " + ShownText.of(ex.getMessage().replaceFirst("^Error: ", "")));
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println(
        "Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.INVALID_INPUT;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
    if (ex instanceof UnknownRuleException) {
      command
          .getErr()
          .println(
              "edgecert: "
                  + ((UnknownRuleException) ex).reason()
                  + "; 'edgecert rules' lists them all");
      return ExitCode.INVALID_INPUT;
    }
    if (ex instanceof BundleRefusedException) {
      // A certificate refused (it fails its plan, or has expired) is a failed must-rule.
      BundleRefusals.lines((BundleRefusedException) ex).forEach(command.getErr()::println);
      return ExitCode.RULE_FAILED;
    }
    if (ex instanceof InvalidInputException) {
      return invalidInput((InvalidInputException) ex, command.getErr());
    }
    if (ex instanceof ResultWriteException) {
      command.getErr().println("edgecert: " + ex.getMessage());
      return ExitCode.INTERNAL_ERROR;
    }
    return internalError(ex, command.getErr());
  }

  private static int invalidInput(InvalidInputException ex, PrintWriter err) {
    for (InputProblem problem : ex.problems()) {
      err.println(problem.describe(ex.source()));
    }
    if (ex.unlisted() > 0) {
      err.println("edgecert: " + InvalidInputException.more(ex.unlisted()));
    }
    return ExitCode.INVALID_INPUT;
  }

  /** The log file named by the system property the launcher sets, when it does. */
  static String seeTheLog() {
    String file = System.getProperty(LOG_FILE);
    return file == null ? "see the log" : "see the log " + file;
  }

  private int internalError(Exception ex, PrintWriter err) {
    Logger.getLogger(LOGGER).log(Level.SEVERE, "internal error", ex);
    err.println("edgecert: internal error: " + ex.getClass().getSimpleName() + "; " + seeTheLog());
    if (debug) {
      ex.printStackTrace(err);
    }
    return ExitCode.INTERNAL_ERROR;
  }
}
