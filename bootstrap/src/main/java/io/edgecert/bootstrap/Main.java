package io.edgecert.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.PasswordPrompt;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** The entry point: builds the one injector, runs the command line and exits with its code. */
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
    for (String[] option : GUICE_OPTIONS) {
      setDefault(option[0], option[1]);
    }
    CliEnvironment environment =
        new CliEnvironment(System.in, System.getenv(), PasswordPrompt.console(), Ansi.AUTO);
    try {
      Injector injector =
          Guice.createInjector(Stage.PRODUCTION, EdgecertModules.production(environment));
      CommandLine commandLine = injector.getInstance(CommandLine.class);
      // A writer that passes the errors of System.out (disk full, closed pipe) to checkError(),
      // so that a lost result exits 3; picocli's own writer hides them.
      commandLine.setOut(new PrintWriter(System.out, true, stdoutCharset()));
      return commandLine.execute(args);
    } catch (RuntimeException e) {
      Logger.getLogger(Main.class.getName()).log(Level.SEVERE, "cannot start edgecert", e);
      System.err.println(
          "edgecert: internal error: " + e.getClass().getSimpleName() + "; see the log");
      return 3;
    }
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
