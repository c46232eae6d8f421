package io.edgecert.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.google.inject.util.Modules;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.PasswordPrompt;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/** Injectors built from the modules of {@link Main}, for tests that drive the real application. */
final class Injectors {

  private Injectors() {}

  /** The injector of Main, for a process with this environment. */
  static Injector production(CliEnvironment environment) {
    return Guice.createInjector(Stage.PRODUCTION, EdgecertModules.production(environment));
  }

  /** The injector of Main with one change: its clock stands still at {@code now}. */
  static Injector stoppedAt(Instant now, CliEnvironment environment) {
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    return Guice.createInjector(
        Stage.PRODUCTION,
        Modules.override(EdgecertModules.production(environment))
            .with(binder -> binder.bind(Clock.class).toInstance(clock)));
  }

  /** A process without input, environment variables, terminal or colours. */
  static CliEnvironment quiet() {
    return environment(new byte[0], Map.of());
  }

  static CliEnvironment environment(byte[] stdin, Map<String, String> variables) {
    return new CliEnvironment(
        new ByteArrayInputStream(stdin), variables, PasswordPrompt.none(), Ansi.OFF);
  }
}
