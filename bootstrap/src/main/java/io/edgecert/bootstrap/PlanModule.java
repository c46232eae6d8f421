package io.edgecert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.application.service.PlanService;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.PlanSubcommand;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/** The plan use case and the {@code plan} subcommand (the topology reader: {@link JsonModule}). */
public final class PlanModule extends AbstractModule implements SubcommandModule {

  @Override
  public List<Class<?>> subcommands() {
    return List.of(PlanSubcommand.class);
  }

  @Provides
  @Singleton
  PlanUseCase plan(TopologyReader reader, Clock clock) {
    return new PlanService(reader, clock);
  }

  @Provides
  PlanSubcommand planSubcommand(PlanUseCase plans, ExportUseCase export, CliEnvironment terminal) {
    return new PlanSubcommand(plans, export, terminal);
  }
}
