package io.edgecert.acceptance.driver.usecase;

import com.google.inject.Injector;
import io.cucumber.guice.InjectorSource;
import io.edgecert.acceptance.driver.GlueInjector;
import io.edgecert.acceptance.driver.ProductionInjector;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.ProbeUseCase;
import io.edgecert.application.port.in.ValidateUseCase;

/**
 * The glue of the use-case suite: the driving ports of the production injector, called directly.
 */
public final class UseCaseInjectorSource implements InjectorSource {

  @Override
  public Injector getInjector() {
    Injector production = ProductionInjector.create();
    return GlueInjector.of(
        new UseCaseDriver(
            production.getInstance(PlanUseCase.class),
            production.getInstance(ValidateUseCase.class),
            production.getInstance(ExportUseCase.class),
            production.getInstance(ProbeUseCase.class)));
  }
}
