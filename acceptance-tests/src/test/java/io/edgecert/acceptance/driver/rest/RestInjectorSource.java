package io.edgecert.acceptance.driver.rest;

import com.google.inject.Injector;
import io.cucumber.guice.InjectorSource;
import io.edgecert.acceptance.driver.GlueInjector;
import io.edgecert.acceptance.driver.ProductionInjector;
import io.edgecert.rest.Exposure;
import io.edgecert.rest.ProbeAllowList;
import io.edgecert.rest.RestServer;
import io.edgecert.rest.RestServerFactory;
import io.edgecert.rest.RestSettings;
import java.net.URI;
import java.util.List;

/**
 * The glue of the REST suite: a server of the production injector on a free loopback port, reached
 * over HTTP, that may probe loopback only (as {@code serve --allow-probes 127.0.0.0/8}: the live
 * Edge of the probe scenarios runs there). The server runs until the suite ends ({@link
 * RestServerShutdown}).
 */
public final class RestInjectorSource implements InjectorSource {
  private static final String LOOPBACK = "127.0.0.0/8";
  private static RestServer server;

  @Override
  public Injector getInjector() {
    RestServer started =
        ProductionInjector.create()
            .getInstance(RestServerFactory.class)
            .create(
                new RestSettings(RestSettings.DEFAULT_BIND, 0, RestSettings.DEFAULT_MAX_BODY_BYTES),
                Exposure.plain(),
                ProbeAllowList.parse(List.of(LOOPBACK)));
    int port = started.start();
    remember(started);
    URI base = URI.create("http://" + RestSettings.DEFAULT_BIND + ":" + port);
    return GlueInjector.of(new RestDriver(base));
  }

  private static synchronized void remember(RestServer started) {
    server = started;
  }

  /** Stops the server this source started. */
  static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }
}
