package io.edgecert.bootstrap;

import com.google.inject.Module;
import io.edgecert.cli.CliEnvironment;
import java.util.List;

/**
 * The modules of the production injector, listed once so that tests (here and in the acceptance
 * tests) build the very same one.
 */
public final class EdgecertModules {

  private EdgecertModules() {}

  public static List<Module> production(CliEnvironment environment) {
    return List.of(
        new StrictBindingsModule(),
        new ApplicationModule(),
        new CliModule(environment),
        new JsonModule(),
        new X509Module(),
        new NetModule(),
        new RestModule());
  }
}
