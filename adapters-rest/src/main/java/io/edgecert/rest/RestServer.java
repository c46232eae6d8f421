package io.edgecert.rest;

import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.domain.plan.CertificatePlan;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.NotAcceptableResponse;
import io.javalin.util.JavalinBindException;
import io.javalin.util.JavalinLogger;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.List;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The HTTP API of edgecert (Javalin): stateless and thread-safe, it never touches the file system.
 * {@link #start()} binds and returns the port; {@link #stop()} lets in-flight requests finish.
 */
public final class RestServer {
  static final long STOP_TIMEOUT_MILLIS = 10_000;

  private final RestSettings settings;
  private final ExposureSetup exposure;
  private final Javalin app;

  /** A plain HTTP server that answers plans as JSON only and probes nothing. */
  public RestServer(
      PlanUseCase plans,
      ValidateUseCase validations,
      RulesUseCase rules,
      ExportUseCase export,
      RestSettings settings) {
    this(plans, validations, rules, export, settings, Exposure.plain(), null, null);
  }

  /**
   * A server exposed as {@code exposure} says, answering plans as Markdown through {@code markdown}
   * (null: JSON only), that also answers {@code POST /v1/probes} as {@code probes} allows (null:
   * 403).
   *
   * @throws RuntimeException what the identity or token source throws
   */
  public RestServer(
      PlanUseCase plans,
      ValidateUseCase validations,
      RulesUseCase rules,
      ExportUseCase export,
      RestSettings settings,
      Exposure exposure,
      PlanRenderer markdown,
      ProbeAccess probes) {
    this.settings = settings;
    this.exposure = new ExposureSetup(exposure);
    UseCases useCases = new UseCases(plans, this.exposure.counted(validations), rules, export);
    Routes routes =
        new Routes(
            useCases,
            settings,
            markdown == null ? RestServer::markdownUnavailable : markdown,
            probes);
    this.app =
        Javalin.create(
            config -> {
              this.exposure.register(config, settings);
              routes.register(configure(config, routes.writer()));
            });
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

  /** {@code http} or {@code https}. */
  public String scheme() {
    return exposure.scheme();
  }

  /**
   * Reads the TLS identity and the bearer tokens again (SIGHUP): new connections get the new
   * certificate, open ones keep theirs. What cannot be read keeps its old value and throws.
   *
   * @return what is in force now, one line per part (none when there is nothing to reload)
   */
  public List<String> reload() {
    return exposure.reload();
  }

  /** Stops accepting connections, waits for in-flight requests (up to 10 s), then stops. */
  public void stop() {
    app.stop();
  }

  private static String markdownUnavailable(CertificatePlan plan) {
    throw new NotAcceptableResponse("This server answers plans as application/json only.");
  }

  private JavalinConfig configure(JavalinConfig config, ProblemWriter writer) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.startup.startupWatcherEnabled = false;
    config.http.prefer405over404 = true;
    config.http.maxRequestSize = settings.maxBodyBytes();
    config.jetty.modifyServer(
        server -> {
          server.insertHandler(new GracefulHandler());
          server.setErrorHandler(new ProblemErrorHandler(writer));
          server.setStopTimeout(STOP_TIMEOUT_MILLIS);
          server.addEventListener(new IdleTimeout(settings.idleTimeout()));
        });
    return config;
  }
}
