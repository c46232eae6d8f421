package io.edgecert.acceptance.driver.cli;

import com.google.inject.Injector;
import io.cucumber.guice.InjectorSource;
import io.edgecert.acceptance.driver.GlueInjector;
import io.edgecert.acceptance.driver.ProductionInjector;

/** The glue of the CLI suite: picocli command lines from the production injector, in process. */
public final class CliInjectorSource implements InjectorSource {

  @Override
  public Injector getInjector() {
    return GlueInjector.of(new CliDriver(ProductionInjector.create()));
  }
}
