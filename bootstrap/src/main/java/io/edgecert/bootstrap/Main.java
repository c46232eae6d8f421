package io.edgecert.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.CommandLines;
import io.edgecert.cli.PasswordPrompt;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * The entry point: builds the injector of the run, runs the command line and exits with its code.
 */
public final class Main {
  private static final String LOG_CONFIG = "java.util.logging.config.class";
  // Start-up: Guice calls @Provides methods by reflection instead of generating classes (no AOP is
  // used), and records no stack traces of binding sources.
  private static final String[][] GUICE_OPTIONS = {
    {"guice_bytecode_gen_option", "DISABLED"}, {"guice_include_stack_traces", "OFF"}
  };

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs edgecert with these arguments and returns its exit code. */
  static int run(String[] args) {
    setDefault(LOG_CONFIG, LogConfiguration.class.getName());
    Path log = LogFile.location();
    if (log != null) {
      setDefault(LogFile.PROPERTY, log.toString());
    }
    for (String[] option : GUICE_OPTIONS) {
      setDefault(option[0], option[1]);
    }
    CliEnvironment environment =
        new CliEnvironment(System.in, System.getenv(), PasswordPrompt.console(), terminalColours());
    try {
      // Start-up: the injector of plan or validate holds only that subcommand's bindings
      // (EdgecertModules), and only the subcommand the arguments name is given to picocli. Guice
      // makes the injector on a thread of its own while this one builds picocli's top-level
      // command line, which needs nothing from it: the two largest parts of a short run's start,
      // side by side on a second core.
      FutureTask<Injector> wiring =
          new FutureTask<>(
              () ->
                  Guice.createInjector(
                      Stage.PRODUCTION, EdgecertModules.forArguments(args, environment)));
      Thread wiringThread = new Thread(wiring, "edgecert-wiring");
      wiringThread.setDaemon(true);
      wiringThread.start();
      CommandLine root = CommandLines.root();
      Injector injector = await(wiring);
      CommandLine commandLine = injector.getInstance(CommandLines.class).forArguments(root, args);
      // A writer that passes the errors of System.out (disk full, closed pipe) to checkError(),
      // so that a lost result exits 3; picocli's own writer hides them.
      commandLine.setOut(new PrintWriter(System.out, true, stdoutCharset()));
      return commandLine.execute(args);
    } catch (RuntimeException | Error e) {
      return internalError(e, Logger.getLogger(Main.class.getName()), System.err);
    }
  }

  /**
   * The result of {@code task}, waited for; what it threw, thrown here as it was (an unchecked
   * exception or error), so that a failed start ends as {@link #internalError} says.
   */
  static <T> T await(FutureTask<T> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true; // the task is still running: wait for it, keep the interrupt
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Anything that escaped the command line (a failed start, an {@link OutOfMemoryError}): exit 3
   * with one line on stderr, the stack trace in the log when it can still be written.
   */
  static int internalError(Throwable e, Logger log, PrintStream err) {
    try {
      log.log(Level.SEVERE, "internal error", e);
    } catch (RuntimeException | Error logFailed) {
      // the one line below still tells what happened
    }
    String file = System.getProperty(LogFile.PROPERTY);
    err.println(
        "edgecert: internal error: "
            + e.getClass().getSimpleName()
            + (file == null ? "; see the log" : "; see the log " + file));
    return 3;
  }

  /**
   * Colour when standard input and output are a terminal. Not picocli's Ansi.AUTO: it takes an
   * empty NO_COLOR as "no colour", where no-color.org (and {@link CliEnvironment#colours()}) do
   * not.
   */
  private static Ansi terminalColours() {
    return System.console() != null ? Ansi.ON : Ansi.OFF;
  }

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

  private static void setDefault(String property, String value) {
    if (System.getProperty(property) == null) {
      System.setProperty(property, value);
    }
  }
}
