package io.edgecert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.out.DocumentEncoder;
import io.edgecert.application.service.ExportService;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.CommandLines;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * What every injector of edgecert holds, whichever subcommands it has: the process's environment,
 * the clock, the export of results and the picocli {@link CommandLines} over the subcommands that
 * the other modules of the injector bind ({@link SubcommandModule}). The export needs a {@link
 * DocumentEncoder} ({@link JsonModule}).
 *
 * <p>The subcommands are looked up by type, not gathered by a Guice multibinder: start-up, a
 * multibinder's set is the costliest binding of a {@code plan} run's injector
 * (docs/performance.md). Each lookup is still checked when the injector is made.
 */
public final class CommandLineModule extends AbstractModule {
  private final CliEnvironment environment;
  private final List<Class<?>> subcommands;

  /** For {@code subcommands}: types that another module of the same injector binds. */
  public CommandLineModule(CliEnvironment environment, List<Class<?>> subcommands) {
    this.environment = environment;
    this.subcommands = List.copyOf(subcommands);
  }

  @Override
  protected void configure() {
    bind(CliEnvironment.class).toInstance(environment);
    List<Provider<?>> providers = new ArrayList<>(subcommands.size());
    for (Class<?> type : subcommands) {
      providers.add(getProvider(type));
    }
    bind(CommandLines.class).toProvider(new CommandLinesProvider(providers, environment));
  }

  @Provides
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Provides
  @Singleton
  ExportUseCase export(DocumentEncoder encoder) {
    return new ExportService(encoder);
  }

  @Provides
  CommandLine commandLine(CommandLines commandLines) {
    return commandLines.all();
  }

  /** New subcommand objects, in order, under a new {@link CommandLines} each time. */
  private static final class CommandLinesProvider implements Provider<CommandLines> {
    private final List<Provider<?>> subcommands;
    private final CliEnvironment environment;

    CommandLinesProvider(List<Provider<?>> subcommands, CliEnvironment environment) {
      this.subcommands = subcommands;
      this.environment = environment;
    }

    @Override
    public CommandLines get() {
      List<Object> objects = new ArrayList<>(subcommands.size());
      for (Provider<?> subcommand : subcommands) {
        objects.add(subcommand.get());
      }
      return new CommandLines(objects, environment);
    }
  }
}
