package io.edgecert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.edgecert.application.port.in.BundleUseCase;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.InspectKeyUseCase;
import io.edgecert.application.port.in.ProbeUseCase;
import io.edgecert.application.port.in.RequestUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.cli.BundleSubcommand;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.ProbeSubcommand;
import io.edgecert.cli.RequestSubcommand;
import io.edgecert.cli.RulesSubcommand;
import java.util.List;

/**
 * The subcommands rules, request, bundle and probe, built with their use cases ({@link
 * SubcommandModule}). Plan and validate come with {@link PlanModule} and {@link ValidateModule},
 * serve with {@link RestModule}.
 */
public final class CliModule extends AbstractModule implements SubcommandModule {

  @Override
  public List<Class<?>> subcommands() {
    return List.of(
        RulesSubcommand.class,
        RequestSubcommand.class,
        BundleSubcommand.class,
        ProbeSubcommand.class);
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
  ProbeSubcommand probe(ProbeUseCase probes, ExportUseCase export, CliEnvironment terminal) {
    return new ProbeSubcommand(probes, export, terminal);
  }

  @Provides
  RulesSubcommand rules(RulesUseCase catalogue, ExportUseCase export) {
    return new RulesSubcommand(catalogue, export);
  }
}
