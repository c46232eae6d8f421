package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Standard output carries edgecert's result and nothing else: {@link Main#run} writes exactly what
 * the command line alone writes, and {@code serve} prints its one line while Jetty and Javalin stay
 * silent (the levels of LogConfiguration, ADR 0052).
 */
class QuietOutputTest {
  static final String S02 = "docs/examples/s02-single-edge-nat.yaml";

  @TempDir static Path files;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plan " + S02 + " --as-of 2026-01-01",
        "plan " + S02 + " --format json --as-of 2026-01-01",
        "plan " + S02 + " --format markdown --as-of 2026-01-01",
        "rules EXT-SAN",
        "rules --format json",
        "--help",
        "plan docs/examples/no-such-file.yaml",
        "rules NO-SUCH-RULE",
        "plan --format pdf " + S02
      })
  void givenCommand_main_writesWhatTheCommandLineWritesAndNothingElse(String command)
      throws Exception {
    String[] args = command.split(" ");
    StandardStreams<Integer> main = StandardStreams.during(() -> Main.run(args));
    InProcessCli.Run alone = InProcessCli.production().run(args);

    assertThat(main.result()).isEqualTo(alone.exitCode());
    assertThat(main.out()).isEqualTo(alone.out());
    assertThat(main.err()).isEqualTo(alone.err());
    assertThat(alone.exitCode() == 0 ? main.err() : main.out()).isEmpty();
  }

  @Test
  void givenCertificates_validate_writesOnlyTheReport() throws Exception {
    List<Path> inputs =
        new ValidationBodies(Injectors.production(Injectors.quiet()), S02, files).inputs;
    String[] args = {
      "validate", S02, inputs.get(0).toString(), "--at", "2026-01-01", "--format", "json"
    };
    StandardStreams<Integer> main = StandardStreams.during(() -> Main.run(args));

    assertThat(main.result()).isEqualTo(1);
    assertThat(main.out()).isEqualTo(InProcessCli.production().run(args).out()).startsWith("{");
    assertThat(main.err()).isEmpty();
  }

  @Test
  void serve_printsItsAddressAloneAndJettyAndJavalinStaySilent() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    // The command line is made once System.out is captured: picocli gives its execution the
    // System.out of the moment it was made, not the writer set on it, when the two differ.
    StandardStreams<Integer> process =
        StandardStreams.during(
            () -> {
              CommandLine commandLine =
                  InProcessCli.production().commandLine(new byte[0], Map.of(), out, err);
              CompletableFuture<Integer> exit =
                  CompletableFuture.supplyAsync(() -> commandLine.execute("serve", "--port", "0"));
              assertThat(health(ServeSubcommandTest.awaitPort(out, err))).isEqualTo(200);
              ((ServeSubcommand) commandLine.getSubcommands().get("serve").getCommand()).stop();
              return exit.get(15, TimeUnit.SECONDS);
            });

    assertThat(process.result()).isZero();
    assertThat(out.toString()).matches("edgecert listening on http://127\\.0\\.0\\.1:\\d+\\R");
    assertThat(err.toString()).isEmpty();
    assertThat(process.out()).isEmpty();
    assertThat(process.err()).isEmpty();
  }

  private static int health(int port) throws Exception {
    URI health = URI.create("http://127.0.0.1:" + port + "/health");
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(health).build(), BodyHandlers.ofString())
        .statusCode();
  }
}
