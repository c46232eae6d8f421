package io.edgecert.bootstrap;

import io.edgecert.rest.HttpCalls;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;

/**
 * The {@code edgecert serve} of the guide, run by Main's command line on a free port instead of the
 * documented 8080, and the curl commands of the guide sent to it. Serving, it has no exit code yet:
 * its run counts as 0 once it has printed its line.
 */
final class GuideServer {
  private static final String PORT = "--port";
  private final InProcessCli edgecert;
  private final HttpClient client = HttpClient.newHttpClient();
  private CommandLine commandLine;
  private int port;

  GuideServer(InProcessCli edgecert) {
    this.edgecert = edgecert;
  }

  /** Starts serve with {@code args}, its port replaced by 0; answers its line with port 8080. */
  InProcessCli.Run start(List<String> args) throws InterruptedException {
    List<String> free = new ArrayList<>(args);
    int given = free.indexOf(PORT);
    if (given >= 0) {
      free.subList(given, given + 2).clear();
    }
    free.addAll(List.of(PORT, "0"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine = edgecert.commandLine(new byte[0], Map.of(), out, err);
    CompletableFuture.supplyAsync(() -> commandLine.execute(free.toArray(String[]::new)));
    port = ServeSubcommandTest.awaitPort(out, err);
    String line = out.toString().replace("127.0.0.1:" + port, "127.0.0.1:8080");
    return new InProcessCli.Run(0, line, err.toString());
  }

  /** Sends the request of a curl command; its output is the body, its exit code 0 (no -f). */
  InProcessCli.Run curl(List<String> words) {
    if (commandLine == null) {
      throw new IllegalStateException("the guide runs curl before ./edgecert serve");
    }
    HttpResponse<String> response = HttpCalls.send(client, CurlRequest.of(words, port));
    return new InProcessCli.Run(0, response.body(), "");
  }

  void stop() {
    if (commandLine != null) {
      ((ServeSubcommand) commandLine.getSubcommands().get("serve").getCommand()).stop();
    }
  }
}
