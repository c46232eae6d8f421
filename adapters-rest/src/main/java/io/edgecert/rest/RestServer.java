package io.edgecert.rest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.application.port.in.ValidateUseCase;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.util.JavalinLogger;
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
      PlanUseCase plans, ValidateUseCase validations, RulesUseCase rules, ExportUseCase export,
      RestSettings settings) {
    this.settings = settings;
    ObjectMapper mapper = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    BodyReader bodies = new BodyReader(settings.maxBodyBytes());
    Routes routes = new Routes(
        new PlanHandler(plans, export, bodies),
        new ValidationHandler(validations, export, bodies, mapper),
        new RulesHandler(rules, export),
        bodies);
    ProblemMapping problems = new ProblemMapping(new ProblemWriter(mapper));
    this.app = Javalin.create(config -> {
      configure(config);
      routes.register(config);
      problems.register(config);
    });
  }

  /** Binds to the configured address and port and returns the port bound (useful with port 0). */
  public int start() {
    JavalinLogger.startupInfo = false;
    app.start(settings.bind(), settings.port());
    return app.port();
  }

  /** Stops accepting connections, waits for in-flight requests (up to 10 s), then stops. */
  public void stop() {
    app.stop();
  }

  private void configure(JavalinConfig config) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.startup.startupWatcherEnabled = false;
    config.http.prefer405over404 = true;
    config.http.maxRequestSize = settings.maxBodyBytes();
    config.jetty.modifyServer(server -> {
      server.insertHandler(new GracefulHandler());
      server.setStopTimeout(STOP_TIMEOUT_MILLIS);
    });
  }
}
