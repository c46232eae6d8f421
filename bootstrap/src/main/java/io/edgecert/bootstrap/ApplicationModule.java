package io.edgecert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.application.port.out.DocumentEncoder;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.application.service.ExportService;
import io.edgecert.application.service.PlanService;
import io.edgecert.application.service.RulesService;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The use cases, built from the driven ports, so that the application itself needs no Guice. */
public final class ApplicationModule extends AbstractModule {

  @Provides
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Provides
  @Singleton
  PlanUseCase plan(TopologyReader reader, Clock clock) {
    return new PlanService(reader, clock);
  }

  @Provides
  @Singleton
  RulesUseCase rules() {
    return new RulesService();
  }

  @Provides
  @Singleton
  ExportUseCase export(DocumentEncoder encoder) {
    return new ExportService(encoder);
  }
}
