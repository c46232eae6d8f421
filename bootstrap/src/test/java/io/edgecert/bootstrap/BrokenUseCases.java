package io.edgecert.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import com.google.inject.util.Modules;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.application.port.in.ValidateUseCase;

/**
 * Main's injector with the plan, validate, rules and probe use cases replaced by ones that fail, or
 * by ones that work without end (until the request's time budget stops them).
 */
final class BrokenUseCases {

  private BrokenUseCases() {}

  static Injector injector() {
    return injector(BrokenUseCases::fail);
  }

  /** Use cases that never finish on their own: each step asks the request's budget to go on. */
  static Injector endless() {
    return injector(BrokenUseCases::work);
  }

  private static Injector injector(java.util.function.Supplier<Object> behaviour) {
    return Guice.createInjector(
        Stage.PRODUCTION,
        Modules.override(EdgecertModules.production(Injectors.quiet()))
            .with(
                binder -> {
                  binder.bind(PlanUseCase.class).toInstance(command -> as(behaviour));
                  binder.bind(ValidateUseCase.class).toInstance(command -> as(behaviour));
                  binder.bind(RulesUseCase.class).toInstance(id -> as(behaviour));
                  binder
                      .bind(io.edgecert.application.port.in.ProbeUseCase.class)
                      .toInstance(command -> as(behaviour));
                }));
  }

  @SuppressWarnings("unchecked")
  private static <T> T as(java.util.function.Supplier<Object> behaviour) {
    return (T) behaviour.get();
  }

  private static Object fail() {
    throw new IllegalStateException("a broken use case, for the test of internal errors");
  }

  private static Object work() {
    while (true) {
      io.edgecert.domain.work.WorkBudget.step();
    }
  }
}
