package io.edgecert.acceptance.driver.rest;

import io.cucumber.java.AfterAll;

/** Stops the REST server once every scenario of the suite has run. */
public final class RestServerShutdown {

  private RestServerShutdown() {}

  @AfterAll
  public static void stopServer() {
    RestInjectorSource.stop();
  }
}
