package io.edgecert.acceptance.driver;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.edgecert.bootstrap.EdgecertModules;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.PasswordPrompt;
import java.io.ByteArrayInputStream;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/**
 * The injector edgecert's {@code main} builds, from the same module list: no terminal (empty
 * standard input, no environment variables, no password prompt, no colours).
 */
public final class ProductionInjector {

  private ProductionInjector() {}

  public static Injector create() {
    CliEnvironment environment =
        new CliEnvironment(
            new ByteArrayInputStream(new byte[0]), Map.of(), PasswordPrompt.none(), Ansi.OFF);
    return Guice.createInjector(Stage.PRODUCTION, EdgecertModules.production(environment));
  }
}
