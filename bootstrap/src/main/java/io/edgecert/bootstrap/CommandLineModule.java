package io.edgecert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.out.DocumentEncoder;
import io.edgecert.application.service.ExportService;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.CommandLines;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * What every injector of edgecert holds, whichever subcommands it has: the process's environment,
 * the clock, the export of results, the set of subcommand objects that other modules add to
 * ({@value #SUBCOMMANDS}) and the picocli {@link CommandLine} over them. The export needs a {@link
 * DocumentEncoder} ({@link JsonModule}).
 */
public final class CommandLineModule extends AbstractModule {
  /** The name of the set of subcommand objects under {@code edgecert}. */
  public static final String SUBCOMMANDS = "edgecert.subcommands";

  private final CliEnvironment environment;

  public CommandLineModule(CliEnvironment environment) {
    this.environment = environment;
  }

  /** The set binder that modules add their subcommands to. */
  static Multibinder<Object> subcommands(Binder binder) {
    return Multibinder.newSetBinder(binder, Object.class, Names.named(SUBCOMMANDS));
  }

  @Override
  protected void configure() {
    bind(CliEnvironment.class).toInstance(environment);
    subcommands(binder());
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
  CommandLines commandLines(@Named(SUBCOMMANDS) Set<Object> subcommands, CliEnvironment terminal) {
    return new CommandLines(List.copyOf(subcommands), terminal);
  }

  @Provides
  CommandLine commandLine(CommandLines commandLines) {
    return commandLines.all();
  }
}
