package io.edgecert.rest;

import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.application.port.in.ValidateUseCase;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.util.JavalinBindException;
import io.javalin.util.JavalinLogger;
import java.io.UncheckedIOException;
import java.net.BindException;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The HTTP API of edgecert (Javalin): stateless and thread-safe, it never touches the file system.
 * {@link #start()} binds and returns the port; {@link #stop()} lets in-flight requests finish.
 */
public final class RestServer {
  static final long STOP_TIMEOUT_MILLIS = 10_000;

  private final RestSettings settings;
  private final Javalin app;

  public RestServer(
      PlanUseCase plans,
      ValidateUseCase validations,
      RulesUseCase rules,
      ExportUseCase export,
      RestSettings settings) {
    this(plans, validations, rules, export, settings, null);
  }

  /** A server that also answers {@code POST /v1/probes} as {@code probes} allows (null: 403). */
  public RestServer(
      PlanUseCase plans,
      ValidateUseCase validations,
      RulesUseCase rules,
      ExportUseCase export,
      RestSettings settings,
      ProbeAccess probes) {
    this.settings = settings;
    Routes routes = new Routes(new UseCases(plans, validations, rules, export), settings, probes);
    this.app = Javalin.create(config -> routes.register(configure(config)));
  }

  /**
   * Binds to the configured address and port and returns the port bound (useful with port 0).
   *
   * @throws UncheckedIOException wrapping a {@link BindException} when the address cannot be bound
   */
  public int start() {
    JavalinLogger.startupInfo = false;
    try {
      app.start(settings.bind(), settings.port());
    } catch (JavalinBindException e) {
      String message = "cannot listen on " + settings.address() + ": " + e.getMessage();
      throw new UncheckedIOException(message, new BindException(message));
    }
    return app.port();
  }

  /** Stops accepting connections, waits for in-flight requests (up to 10 s), then stops. */
  public void stop() {
    app.stop();
  }

  private JavalinConfig configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.startup.startupWatcherEnabled = false;
    config.http.prefer405over404 = true;
    config.http.maxRequestSize = settings.maxBodyBytes();
    config.jetty.modifyServer(
        server -> {
          server.insertHandler(new GracefulHandler());
          server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        });
    return config;
  }
}
