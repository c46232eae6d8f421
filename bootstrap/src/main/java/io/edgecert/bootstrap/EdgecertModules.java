package io.edgecert.bootstrap;

import com.google.inject.Module;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.CommandLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The modules of edgecert's injectors, listed once so that tests (here and in the acceptance tests)
 * build the very same ones: {@link #production} with every subcommand, and {@link #forArguments}
 * with only what the subcommand of one run needs (start-up: Guice reads, checks and builds only
 * those bindings).
 */
public final class EdgecertModules {

  private EdgecertModules() {}

  /** Every module: the injector of every subcommand (and of the tests of the whole). */
  public static List<Module> production(CliEnvironment environment) {
    return withCommandLine(
        environment,
        new JsonModule(),
        new PlanModule(),
        new ValidateModule(),
        new ApplicationModule(),
        new CliModule(),
        new X509Module(),
        new NetModule(),
        new RestModule());
  }

  /**
   * The modules of a run with these arguments: for {@code plan} and {@code validate} (named as
   * {@link CommandLines#subcommandName} finds them) only that subcommand's, so its command line has
   * that one subcommand; for anything else, {@link #production}.
   */
  public static List<Module> forArguments(String[] args, CliEnvironment environment) {
    String name = CommandLines.subcommandName(args);
    if ("plan".equals(name)) {
      return withCommandLine(environment, new JsonModule(), new PlanModule());
    }
    if ("validate".equals(name)) {
      return withCommandLine(environment, new JsonModule(), new X509Module(), new ValidateModule());
    }
    return production(environment);
  }

  /**
   * {@code modules} after the strict-bindings rule and the command line over the subcommands they
   * bind ({@link SubcommandModule}), in their order.
   */
  private static List<Module> withCommandLine(CliEnvironment environment, Module... modules) {
    List<Class<?>> subcommands = new ArrayList<>();
    for (Module module : modules) {
      if (module instanceof SubcommandModule) {
        subcommands.addAll(((SubcommandModule) module).subcommands());
      }
    }
    List<Module> all = new ArrayList<>(modules.length + 2);
    all.add(new StrictBindingsModule());
    all.add(new CommandLineModule(environment, subcommands));
    all.addAll(Arrays.asList(modules));
    return List.copyOf(all);
  }
}
