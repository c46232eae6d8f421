package io.edgecert.bootstrap;

import io.edgecert.cli.DurationConverter;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.rest.ProbeAllowList;
import io.edgecert.rest.RestServer;
import io.edgecert.rest.RestServerFactory;
import io.edgecert.rest.RestSettings;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code edgecert serve}: runs the REST API until SIGTERM or SIGINT, then stops gracefully
 * (requests in flight finish); SIGHUP reloads the TLS identity and tokens. Binds to loopback unless
 * {@code --bind} says otherwise, and elsewhere only with a token or an explicit {@code --no-auth}.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Serves the REST API and the web page over HTTP or HTTPS.",
    description = {
      "Serves the edgecert REST API and the web page at / until stopped (SIGTERM or SIGINT)."
          + " SIGHUP reads the TLS certificate and the token file again without dropping"
          + " connections.",
      "A non-loopback --bind needs --token-file (or --no-auth)."
    },
    exitCodeList = {
      "0:stopped by SIGTERM or Ctrl-C",
      "2:invalid option, or the address or port cannot be listened on",
      "3:internal error (EDGECERT_DEBUG=1 prints the stack trace)"
    },
    footer = {
      "  edgecert serve",
      "  edgecert serve --port 0",
      "  edgecert serve --bind 0.0.0.0 --port 8443 --token-file tokens.txt \\",
      "      --tls-cert serve.pem --tls-key serve.key"
    })
public final class ServeSubcommand implements Callable<Integer> {
  private final RestServerFactory servers;
  private final ServeExposure exposures;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile RestServer server;

  @Spec private CommandSpec spec;

  @Mixin private ExposureOptions exposure = new ExposureOptions();

  @Option(
      names = "--bind",
      defaultValue = RestSettings.DEFAULT_BIND,
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only).")
  private String bind;

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "PORT",
      description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(
      names = "--max-body",
      defaultValue = "5MiB",
      paramLabel = "SIZE",
      description = "Largest request body accepted, e.g. 512KiB (default: ${DEFAULT-VALUE}).")
  private String maxBody;

  @Option(
      names = "--time-budget",
      defaultValue = "30s",
      converter = DurationConverter.class,
      paramLabel = "DURATION",
      description =
          "Longest a plan, validation or probe may work, e.g. 10s or 500ms; past it the request"
              + " is answered 503 with Retry-After (default: ${DEFAULT-VALUE}). A connection"
              + " silent for the budget plus 10s is closed (408 if a request body stops arriving).")
  private Duration timeBudget;

  @Option(
      names = "--allow-probes",
      arity = "1..*",
      paramLabel = "CIDR|DOMAIN",
      description =
          "Answer POST /v1/probes, connecting only to these address blocks and DNS domains"
              + " (default: probes off, 403).")
  private List<String> allowProbes = new ArrayList<>();

  @Option(
      names = "--cors-origin",
      arity = "1..*",
      paramLabel = "ORIGIN",
      description =
          "Let web pages from these origins call the API (CORS), e.g. https://tools.contoso.com"
              + " (default: none; the page at / needs none).")
  private List<String> corsOrigins = new ArrayList<>();

  public ServeSubcommand(RestServerFactory servers, ServeExposure exposures) {
    this.servers = servers;
    this.exposures = exposures;
  }

  @Override
  public Integer call() throws InterruptedException {
    RestSettings settings = settings();
    ProbeAllowList allowed = allowList();
    LogConfiguration.toStandardError();
    server = servers.create(settings, exposures.of(exposure, spec.commandLine().getErr()), allowed);
    String address = settings.address(start(server));
    spec.commandLine()
        .getOut()
        .println("edgecert listening on " + server.scheme() + "://" + address);
    spec.commandLine().getOut().flush();
    exposures.warnings(exposure, settings).forEach(spec.commandLine().getErr()::println);
    Thread hook = new Thread(this::stop, "edgecert-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try (ReloadSignal hup = ReloadSignal.install(this::reload)) {
      stopped.await();
    }
    removeUnlessShuttingDown(hook);
    return 0;
  }

  /** Reads the TLS identity and tokens again (what SIGHUP runs), reporting on stderr. */
  void reload() {
    new ServeReload(spec.commandLine().getErr()).run(server);
  }

  /** Stops the server gracefully and lets {@link #call()} return; the shutdown hook runs this. */
  void stop() {
    RestServer running = server;
    if (running != null) {
      running.stop();
    }
    stopped.countDown();
  }

  private RestSettings settings() {
    RestSettings settings;
    try {
      InetAddress.getByName(bind);
      settings =
          new RestSettings(bind, port, RestSettings.parseByteSize(maxBody))
              .withCorsOrigins(corsOrigins)
              .withRequestBudget(timeBudget);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    } catch (UnknownHostException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--bind "
              + bind
              + ": not a valid IP address nor a host name that resolves; e.g. 127.0.0.1, ::1 or"
              + " 0.0.0.0",
          e);
    }
    List<String> errors = exposures.usageErrors(exposure, settings);
    if (!errors.isEmpty()) {
      throw new ParameterException(spec.commandLine(), String.join("; ", errors));
    }
    return settings;
  }

  private ProbeAllowList allowList() {
    try {
      return ProbeAllowList.parse(allowProbes);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private static void removeUnlessShuttingDown(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook stopped the server because the JVM is exiting: nothing to undo
    }
  }

  private int start(RestServer created) {
    try {
      return created.start();
    } catch (UncheckedIOException e) {
      // The options are fine, the port is taken: one line, no usage hint.
      throw new InvalidInputException(
          "edgecert", InvalidInputException.Kind.INVALID, e.getMessage());
    }
  }
}
