package io.edgecert.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.PasswordPrompt;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** The entry point: builds the one injector, runs the command line and exits with its code. */
public final class Main {
  private static final String LOG_CONFIG = "java.util.logging.config.class";

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  private static int run(String[] args) {
    if (System.getProperty(LOG_CONFIG) == null) {
      System.setProperty(LOG_CONFIG, LogConfiguration.class.getName());
    }
    CliEnvironment environment =
        new CliEnvironment(System.in, System.getenv(), PasswordPrompt.console(), Ansi.AUTO);
    try {
      Injector injector =
          Guice.createInjector(Stage.PRODUCTION, EdgecertModules.production(environment));
      CommandLine commandLine = injector.getInstance(CommandLine.class);
      return commandLine.execute(args);
    } catch (RuntimeException e) {
      Logger.getLogger(Main.class.getName()).log(Level.SEVERE, "cannot start edgecert", e);
      System.err.println("edgecert: internal error: " + e.getClass().getSimpleName() + "; see the log");
      return 3;
    }
  }
}
