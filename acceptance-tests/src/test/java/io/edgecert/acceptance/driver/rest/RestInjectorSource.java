package io.edgecert.acceptance.driver.rest;

import com.google.inject.Injector;
import io.cucumber.guice.InjectorSource;
import io.edgecert.acceptance.driver.GlueInjector;
import io.edgecert.acceptance.driver.ProductionInjector;
import io.edgecert.acceptance.world.AcceptancePki;
import io.edgecert.rest.RestServer;
import io.edgecert.rest.RestServerFactory;
import io.edgecert.rest.RestSettings;
import java.net.URI;

/**
 * The glue of the REST suite: a server of the production injector on a free loopback port, whose
 * JVM trusts the test PKI's root as a public root (the API takes no roots of its own), reached over
 * HTTP. The server runs until the suite ends ({@link RestServerShutdown}).
 */
public final class RestInjectorSource implements InjectorSource {
  private static RestServer server;
  private static JvmTrustStore trustStore;

  @Override
  public Injector getInjector() {
    String publicRoot = AcceptancePki.publicRootPem();
    JvmTrustStore trust = new JvmTrustStore();
    trust.trustOnly(publicRoot);
    RestServer started =
        ProductionInjector.create()
            .getInstance(RestServerFactory.class)
            .create(
                new RestSettings(
                    RestSettings.DEFAULT_BIND, 0, RestSettings.DEFAULT_MAX_BODY_BYTES));
    int port = started.start();
    remember(started, trust);
    URI base = URI.create("http://" + RestSettings.DEFAULT_BIND + ":" + port);
    return GlueInjector.of(new RestDriver(base, publicRoot));
  }

  private static synchronized void remember(RestServer started, JvmTrustStore trust) {
    server = started;
    trustStore = trust;
  }

  /** Stops the server this source started, and gives the JVM its trust store back. */
  static synchronized void stop() {
    if (server != null) {
      server.stop();
      trustStore.restore();
      server = null;
      trustStore = null;
    }
  }
}
