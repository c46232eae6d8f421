package io.edgecert.bootstrap;

import io.edgecert.rest.ProbeAllowList;
import io.edgecert.rest.RestServer;
import io.edgecert.rest.RestServerFactory;
import io.edgecert.rest.RestSettings;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code edgecert serve}: runs the REST API until SIGTERM or SIGINT, then stops gracefully
 * (requests in flight finish). Binds to loopback unless {@code --bind} says otherwise.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header = "Serves the REST API over HTTP.",
    description = "Serves the edgecert REST API over HTTP until stopped (SIGTERM or SIGINT).")
public final class ServeSubcommand implements Callable<Integer> {
  private final RestServerFactory servers;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile RestServer server;

  @Spec private CommandSpec spec;

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
      names = "--allow-probes",
      arity = "1..*",
      paramLabel = "CIDR|DOMAIN",
      description =
          "Answer POST /v1/probes, connecting only to these address blocks and DNS domains"
              + " (default: probes off, 403).")
  private List<String> allowProbes = new ArrayList<>();

  public ServeSubcommand(RestServerFactory servers) {
    this.servers = servers;
  }

  @Override
  public Integer call() throws InterruptedException {
    RestSettings settings = settings();
    server = servers.create(settings, allowList());
    String address = settings.address(start(server));
    spec.commandLine().getOut().println("edgecert listening on http://" + address);
    spec.commandLine().getOut().flush();
    Thread hook = new Thread(this::stop, "edgecert-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    stopped.await();
    removeUnlessShuttingDown(hook);
    return 0;
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
    try {
      return new RestSettings(bind, port, RestSettings.parseByteSize(maxBody));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
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
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
