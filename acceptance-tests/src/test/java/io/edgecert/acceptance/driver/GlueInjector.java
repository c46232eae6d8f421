package io.edgecert.acceptance.driver;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import io.cucumber.guice.CucumberModules;

/**
 * The injector of the glue (step classes and the scenario-scoped world), separate from the
 * production injector that the driver wraps: it binds only the {@link Driver} of the suite.
 */
public final class GlueInjector {

  private GlueInjector() {}

  public static Injector of(Driver driver) {
    return Guice.createInjector(
        CucumberModules.createScenarioModule(),
        new AbstractModule() {
          @Override
          protected void configure() {
            bind(Driver.class).toInstance(driver);
          }
        });
  }
}
