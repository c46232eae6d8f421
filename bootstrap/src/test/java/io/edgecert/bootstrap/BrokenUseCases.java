package io.edgecert.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.google.inject.util.Modules;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.application.port.in.ValidateUseCase;

/** Main's injector with the plan, validate and rules use cases replaced by ones that fail. */
final class BrokenUseCases {

  private BrokenUseCases() {}

  static Injector injector() {
    return Guice.createInjector(
        Stage.PRODUCTION,
        Modules.override(EdgecertModules.production(Injectors.quiet()))
            .with(
                binder -> {
                  binder.bind(PlanUseCase.class).toInstance(command -> fail());
                  binder.bind(ValidateUseCase.class).toInstance(command -> fail());
                  binder.bind(RulesUseCase.class).toInstance(id -> fail());
                  binder
                      .bind(io.edgecert.application.port.in.ProbeUseCase.class)
                      .toInstance(command -> fail());
                }));
  }

  private static <T> T fail() {
    throw new IllegalStateException("a broken use case, for the test of internal errors");
  }
}
