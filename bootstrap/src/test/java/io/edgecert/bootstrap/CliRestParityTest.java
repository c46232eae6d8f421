package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Injector;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 4: the REST API answers the same plan and report as the command line for the examples of
 * the documentation, byte for byte. The command line and the server run in this JVM, both built by
 * Main's injector with one clock standing still at {@link #NOW}; the certificates come from the
 * test PKI, as the plan of each example describes them.
 */
class CliRestParityTest {
  static final Instant NOW = Instant.parse("2026-03-01T08:30:00Z");
  static final String AT = "2026-01-01T00:00:00Z";
  static final ObjectMapper JSON = new ObjectMapper();

  static final InProcessCli cli = InProcessCli.stoppedAt(NOW);
  static Injector injector;
  static LiveServer api;
  @TempDir static Path files;

  @BeforeAll
  static void startServer() {
    injector = Injectors.stoppedAt(NOW, Injectors.quiet());
    api = LiveServer.start(injector);
  }

  @AfterAll
  static void stopServer() {
    api.close();
  }

  static List<String> examples() {
    return Repository.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void givenExample_planByCliAndRest_isTheSameDocument(String example) {
    InProcessCli.Run run = cli.run("plan", example, "--format", "json");
    HttpResponse<String> answer = ExampleRequests.plan(api, example, "");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo(run.out());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void givenExampleAndDate_planByCliAndRest_isTheSameDocument(String example) {
    InProcessCli.Run run = cli.run("plan", example, "--format", "json", "--as-of", "2014-07-01");
    HttpResponse<String> answer = ExampleRequests.plan(api, example, "?asOf=2014-07-01");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(answer.body()).isEqualTo(run.out()).contains("\"asOf\": \"2014-07-01\"");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void givenPemAndPkcs12OfTheExamplesPlan_validateByCliAndJsonBody_isTheSameReport(String example) {
    ValidationBodies bodies = bodies(example);
    InProcessCli.Run run = cli.run(validate(bodies).toArray(String[]::new));
    HttpResponse<String> answer =
        api.post("/v1/validations", "application/json", utf8(bodies.json(AT)));

    assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    bodies.inputs.forEach(input -> names.add("request body: /certificates/" + names.size()));
    assertThat(answer.body()).isEqualTo(renamed(run.out(), bodies.inputs, names));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void givenPemAndPkcs12OfTheExamplesPlan_validateByCliAndForm_isTheSameReport(String example) {
    ValidationBodies bodies = bodies(example);
    InProcessCli.Run run = cli.run(validate(bodies).toArray(String[]::new));
    HttpResponse<String> answer = bodies.form(api, AT);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    for (Path input : bodies.inputs) {
      names.add("request body: /certificate/" + names.size() + " (" + input.getFileName() + ")");
    }
    assertThat(answer.body()).isEqualTo(renamed(run.out(), bodies.inputs, names));
  }

  private static ValidationBodies bodies(String example) {
    return ValidationBodies.of(injector, example, files);
  }

  private static List<String> validate(ValidationBodies bodies) {
    Path password = PlannedIssuer.writePassword(files.resolve("password.txt"));
    List<String> args = new ArrayList<>(List.of("validate", bodies.example));
    bodies.inputs.forEach(input -> args.add(input.toString()));
    args.addAll(List.of("--password-file", password.toString()));
    args.addAll(List.of("--at", AT, "--format", "json"));
    return args;
  }

  /**
   * The CLI's report with the {@code file} of each input (its path) replaced by the name the REST
   * API gives the same input; each path must occur once as a certificate's file, and in a pool once
   * more as a member's copy. A pool section names unnamed members by their input, in its {@code
   * member} field and its finding's text: those take the REST name too.
   */
  private static String renamed(String report, List<Path> inputs, List<String> names) {
    String renamed = report;
    boolean pool = report.contains("\"pool\"");
    for (int i = 0; i < inputs.size(); i++) {
      String file = field("file", inputs.get(i).toString());
      assertThat(renamed.split(Pattern.quote(file), -1)).as(file).hasSize(pool ? 3 : 2);
      renamed = renamed.replace(inputs.get(i).toString(), names.get(i));
    }
    return renamed;
  }

  private static String field(String name, String value) {
    return "\"" + name + "\": " + JSON.valueToTree(value);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
