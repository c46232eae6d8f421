package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

class ServeSubcommandTest {
  static final Pattern LISTENING =
      Pattern.compile("edgecert listening on http://127\\.0\\.0\\.1:(\\d+)\\R");

  final ServeSubcommand serve = RestModuleTest.injector().getInstance(ServeSubcommand.class);
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  final CommandLine commandLine =
      new CommandLine(serve).setOut(new PrintWriter(out)).setErr(new PrintWriter(err));

  @Test
  void serve_printsOneLineWithTheAddressServesUntilStoppedAndExits0() throws Exception {
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () -> commandLine.execute("--port", "0", "--max-body", "1MiB"));
    int port = awaitPort(out, err);

    HttpResponse<String> rules =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/rules"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    serve.stop();

    assertThat(rules.statusCode()).isEqualTo(200);
    assertThat(rules.body())
        .isEqualTo("{\"rules\":" + io.edgecert.domain.rules.RuleId.values().length + "}");
    assertThat(exit.get(15, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString().lines()).hasSize(1);
  }

  @Test
  void givenCorsOrigins_serve_answersTheirPreflightsOnly() throws Exception {
    CompletableFuture<Integer> exit =
        CompletableFuture.supplyAsync(
            () ->
                commandLine.execute(
                    "--port",
                    "0",
                    "--cors-origin",
                    "https://tools.contoso.com",
                    "http://a.b:3000"));
    int port = awaitPort(out, err);

    HttpResponse<String> allowed = preflight(port, "http://a.b:3000");
    HttpResponse<String> other = preflight(port, "https://elsewhere.example");
    serve.stop();

    assertThat(allowed.statusCode()).isEqualTo(204);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
        .hasValue("http://a.b:3000");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(exit.get(15, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void givenAWildcardOrAPathAsCorsOrigin_serve_exits2NamingIt() {
    assertThat(commandLine.execute("--port", "0", "--cors-origin", "*")).isEqualTo(2);
    assertThat(err.toString()).contains("expected an origin such as https://tools.contoso.com");
    assertThat(commandLine.execute("--port", "0", "--cors-origin", "https://a.b/page"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("got 'https://a.b/page'");
  }

  private static HttpResponse<String> preflight(int port, String origin) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/plans"))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void givenBadMaxBodyOrPort_serve_exits2NamingTheProblem() {
    assertThat(commandLine.execute("--max-body", "lots")).isEqualTo(2);
    assertThat(err.toString())
        .contains("expected a size such as 5242880, 512KiB or 5MiB, got 'lots'");
    assertThat(commandLine.execute("--port", "70000")).isEqualTo(2);
    assertThat(err.toString()).contains("port must be between 0 and 65535");
  }

  @Test
  void givenBadTimeBudget_serve_exits2NamingTheProblem() {
    assertThat(commandLine.execute("--time-budget", "soon")).isEqualTo(2);
    assertThat(err.toString())
        .contains("'soon' is not a duration; expected a positive number with ms, s or m");
    assertThat(commandLine.execute("--time-budget", "2h")).isEqualTo(2);
    assertThat(commandLine.execute("--time-budget", "120m")).isEqualTo(2);
    assertThat(err.toString())
        .contains("the time budget of a request must be between 1 ms and 1 h, got 7200000 ms");
  }

  @Test
  void givenPortInUse_serve_exits2WithOneLineNamingTheAddress() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      InProcessCli.Run run =
          InProcessCli.production().run("serve", "--port", String.valueOf(taken.getLocalPort()));

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err().lines())
          .singleElement()
          .asString()
          .startsWith("edgecert: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
    }
  }

  @Test
  void givenPortInUse_serve_leavesTheReportToEdgecertNotToJavalinsLogger() throws IOException {
    // Javalin logs through SLF4J, routed to java.util.logging (ADR 0052), whose levels edgecert's
    // LogConfiguration sets: Javalin's "Failed to start" is off, its servlet's warnings are not.
    assertThat(LoggerFactory.getILoggerFactory().getClass().getName())
        .isEqualTo("org.slf4j.jul.JDK14LoggerFactory");
    Properties levels = new Properties();
    levels.load(new StringReader(LogConfiguration.PROPERTIES));
    assertThat(levels)
        .containsEntry("io.javalin.Javalin.level", "OFF")
        .containsEntry("io.javalin.level", "WARNING")
        .containsEntry("org.eclipse.jetty.level", "WARNING")
        .containsEntry(".level", "INFO");
    String line =
        String.format(
            levels.getProperty("java.util.logging.SimpleFormatter.format"),
            ZonedDateTime.parse("2026-01-02T03:04:05.678Z"),
            "source",
            "io.edgecert.rest.ProblemMapping",
            "SEVERE",
            "incident 42: GET /v1/x failed",
            "");
    assertThat(line)
        .isEqualTo(
            "2026-01-02T03:04:05.678+0000 SEVERE io.edgecert.rest.ProblemMapping: incident 42:"
                + " GET /v1/x failed"
                + System.lineSeparator());
  }

  @Test
  void givenAnInvalidAddress_serve_exits2SayingTheAddressIsInvalid() {
    InProcessCli.Run run = InProcessCli.production().run("serve", "--bind", "999.1.1.1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith(
            "edgecert: --bind 999.1.1.1: not a valid IP address nor a host name that resolves")
        .doesNotContain("in use");
  }

  /**
   * The port that serve printed on {@code out}, once it has; the two minutes are a hang detector,
   * not a speed limit (a server on a busy machine can take many seconds to start).
   */
  static int awaitPort(StringWriter out, StringWriter err) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline) {
      Matcher matcher = LISTENING.matcher(out.toString());
      if (matcher.find()) {
        return Integer.parseInt(matcher.group(1));
      }
      Thread.sleep(20);
    }
    throw new AssertionError("serve printed no address; out: " + out + " err: " + err);
  }
}
