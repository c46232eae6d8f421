package io.edgecert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import io.edgecert.application.port.in.BundleUseCase;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.InspectKeyUseCase;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.ProbeUseCase;
import io.edgecert.application.port.in.RequestUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.application.port.in.ValidateEachUseCase;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.cli.BundleSubcommand;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.CommandLines;
import io.edgecert.cli.PlanSubcommand;
import io.edgecert.cli.ProbeSubcommand;
import io.edgecert.cli.RequestSubcommand;
import io.edgecert.cli.RulesSubcommand;
import io.edgecert.cli.ValidateSubcommand;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * The command line: its subcommands, built with their use cases, and the configured picocli {@link
 * CommandLine}. Other modules add subcommands to the {@value #SUBCOMMANDS} set.
 */
public final class CliModule extends AbstractModule {
  /** The name of the set of subcommand objects under {@code edgecert}. */
  public static final String SUBCOMMANDS = "edgecert.subcommands";

  private final CliEnvironment environment;

  public CliModule(CliEnvironment environment) {
    this.environment = environment;
  }

  /** The set binder that modules add their subcommands to. */
  static Multibinder<Object> subcommands(Binder binder) {
    return Multibinder.newSetBinder(binder, Object.class, Names.named(SUBCOMMANDS));
  }

  @Override
  protected void configure() {
    bind(CliEnvironment.class).toInstance(environment);
    Multibinder<Object> subcommands = subcommands(binder());
    subcommands.addBinding().to(PlanSubcommand.class);
    subcommands.addBinding().to(ValidateSubcommand.class);
    subcommands.addBinding().to(RulesSubcommand.class);
    subcommands.addBinding().to(RequestSubcommand.class);
    subcommands.addBinding().to(BundleSubcommand.class);
    subcommands.addBinding().to(ProbeSubcommand.class);
  }

  @Provides
  RequestSubcommand request(RequestUseCase requests, CliEnvironment terminal) {
    return new RequestSubcommand(requests, terminal);
  }

  @Provides
  BundleSubcommand bundle(BundleUseCase bundles, InspectKeyUseCase keys, CliEnvironment terminal) {
    return new BundleSubcommand(bundles, keys, terminal);
  }

  @Provides
  PlanSubcommand plan(PlanUseCase plans, ExportUseCase export, CliEnvironment terminal) {
    return new PlanSubcommand(plans, export, terminal);
  }

  @Provides
  ValidateSubcommand validate(
      ValidateUseCase validation,
      ValidateEachUseCase each,
      ExportUseCase export,
      CliEnvironment terminal) {
    return new ValidateSubcommand(validation, each, export, terminal);
  }

  @Provides
  ProbeSubcommand probe(ProbeUseCase probes, ExportUseCase export, CliEnvironment terminal) {
    return new ProbeSubcommand(probes, export, terminal);
  }

  @Provides
  RulesSubcommand rules(RulesUseCase catalogue, ExportUseCase export) {
    return new RulesSubcommand(catalogue, export);
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
