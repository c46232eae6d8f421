package io.edgecert.bootstrap;

import com.google.inject.Module;
import io.edgecert.cli.CliEnvironment;
import java.util.List;

/** The modules of the production injector, listed once so that tests build the very same one. */
final class EdgecertModules {

  private EdgecertModules() {}

  static List<Module> production(CliEnvironment environment) {
    return List.of(
        new StrictBindingsModule(),
        new ApplicationModule(),
        new CliModule(environment),
        new JsonModule(),
        new X509Module(),
        new RestModule());
  }
}
