package io.edgecert.rest;

import java.time.Duration;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Sets the idle timeout of every connector of the server (plain and TLS) as it starts: Javalin adds
 * its connector just before, so the connectors are only all there then.
 */
final class IdleTimeout implements LifeCycle.Listener {
  private final Duration timeout;

  IdleTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public void lifeCycleStarting(LifeCycle event) {
    if (event instanceof Server server) {
      for (Connector connector : server.getConnectors()) {
        if (connector instanceof org.eclipse.jetty.server.AbstractConnector idle) {
          idle.setIdleTimeout(timeout.toMillis());
        }
      }
    }
  }
}
