package io.edgecert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.ProbeUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.PlanMarkdown;
import io.edgecert.rest.RestServerFactory;
import io.edgecert.x509.bundle.ServingIdentityReader;
import java.time.Clock;
import java.util.List;

/**
 * The REST capability: a factory of HTTP servers over the driving ports, and the {@code serve}
 * subcommand that starts one. Nothing is started here; the use cases come from other modules.
 */
public final class RestModule extends AbstractModule implements SubcommandModule {

  @Override
  public List<Class<?>> subcommands() {
    return List.of(ServeSubcommand.class);
  }

  @Provides
  @Singleton
  RestServerFactory restServerFactory(
      PlanUseCase plans,
      ValidateUseCase validations,
      RulesUseCase rules,
      ExportUseCase export,
      ProbeUseCase probes) {
    PlanMarkdown markdown = new PlanMarkdown();
    return new RestServerFactory(plans, validations, rules, export, markdown::render, probes);
  }

  @Provides
  ServeSubcommand serveSubcommand(
      RestServerFactory servers, CliEnvironment environment, Clock clock) {
    return new ServeSubcommand(
        servers, new ServeExposure(environment, clock, new ServingIdentityReader()));
  }
}
