package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Injector;
import io.edgecert.application.port.in.InputValues;
import io.edgecert.application.port.in.InvalidValueException;
import io.edgecert.rest.Multipart;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12 item 3: the command line and the REST API give the same verdict, with the same words,
 * for the same odd inputs, because both read them with the core's parsers ({@link InputValues}): a
 * value is accepted by both (exit 0 or 1, 200) or refused by both (exit 2, a 4xx) with the reason
 * the core wrote.
 */
class OddInputParityTest {
  static final Instant NOW = Instant.parse("2026-03-01T08:30:00Z");
  static final ObjectMapper JSON = new ObjectMapper();
  static final InProcessCli cli = InProcessCli.stoppedAt(NOW);
  static Injector injector;
  static LiveServer api;
  static ValidationBodies bodies;
  @TempDir static Path files;

  @BeforeAll
  static void startServer() {
    injector = Injectors.stoppedAt(NOW, Injectors.quiet());
    api = LiveServer.start(injector);
    bodies = ValidationBodies.of(injector, Repository.examples().get(0), files);
  }

  @AfterAll
  static void stopServer() {
    api.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-01-01",
        " 2026-01-01 ",
        "2026-01-01T10:00:00Z",
        "2026-01-01t10:00:00z",
        "2026-01-01T12:00:00+02:00",
        "2026-01-01T10:00:00",
        "2026-1-1",
        "20260101",
        "2026-01-01 10:00:00Z",
        "soon",
        "2026-02-30"
      })
  void givenAnOddInstant_validateByCliAndRest_giveTheSameVerdict(String at) {
    InProcessCli.Run run = cli.run(validate("--at", at).toArray(String[]::new));
    HttpResponse<String> answer = api.post("/v1/validations", "application/json", body(at, null));

    sameVerdict(run, answer, () -> InputValues.dateOrInstant("at", at));
  }

  @ParameterizedTest
  @ValueSource(strings = {"external", "EXTERNAL", " internal", "edge", "av_authentication"})
  void givenAnOddRole_validateByCliAndRest_giveTheSameVerdict(String role) {
    InProcessCli.Run run = cli.run(validate("--role", role).toArray(String[]::new));
    HttpResponse<String> answer =
        api.post("/v1/validations", "application/json", body("2026-01-01", role));

    sameVerdict(run, answer, () -> InputValues.role("role", role));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "45", "-1", "1.5", "a week"})
  void givenOddExpiryDays_validateByCliAndRest_giveTheSameVerdict(String days) {
    InProcessCli.Run run =
        cli.run(validate("--expiry-warning-days=" + days).toArray(String[]::new));
    Path input = bodies.inputs.get(0);
    Multipart form =
        new Multipart()
            .file(
                "topology",
                bodies.example,
                ExampleRequests.mediaType(bodies.example),
                ExampleRequests.bytes(bodies.example))
            .file(
                "certificate",
                input.getFileName().toString(),
                "application/octet-stream",
                ExampleRequests.bytes(input))
            .field("at", "2026-01-01")
            .field("expiryWarningDays", days);
    HttpResponse<String> answer =
        api.send(
            api.request("/v1/validations")
                .header("Content-Type", form.contentType())
                .POST(form.publisher())
                .build());

    sameVerdict(run, answer, () -> InputValues.days("expiryWarningDays", days));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2014-07-01", " 2014-07-01", "2014-7-1", "01/07/2014", "yesterday"})
  void givenAnOddDate_planByCliAndRest_giveTheSameVerdict(String date) {
    String example = Repository.examples().get(0);
    InProcessCli.Run run = cli.run("plan", example, "--format", "json", "--as-of", date);
    HttpResponse<String> answer =
        ExampleRequests.plan(
            api, example, "?asOf=" + URLEncoder.encode(date, StandardCharsets.UTF_8));

    sameVerdict(run, answer, () -> InputValues.date("asOf", date));
  }

  @Test
  void givenAnUnknownRule_rulesByCliAndRest_refuseItWithTheSameReason() {
    InProcessCli.Run run = cli.run("rules", "NOPE-1");
    HttpResponse<String> answer = api.get("/v1/rules/NOPE-1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(run.err()).contains("no rule matches 'NOPE-1'");
    assertThat(LiveServer.json(answer).get("detail").asText())
        .isEqualTo("no rule matches 'NOPE-1'");
  }

  /** Both accept, or both refuse with the core's reason; the core decides which it must be. */
  private static void sameVerdict(
      InProcessCli.Run run, HttpResponse<String> answer, Runnable core) {
    String reason = reason(core);
    if (reason == null) {
      assertThat(run.exitCode()).as(run.err()).isIn(0, 1);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      return;
    }
    assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
    assertThat(run.err()).contains(reason);
    assertThat(answer.statusCode()).as(answer.body()).isIn(400, 422);
    assertThat(LiveServer.json(answer).findValuesAsText("message")).contains(reason);
  }

  private static String reason(Runnable core) {
    try {
      core.run();
      return null;
    } catch (InvalidValueException e) {
      return e.reason();
    }
  }

  private static List<String> validate(String... options) {
    Path password = PlannedIssuer.writePassword(files.resolve("password.txt"));
    List<String> args = new ArrayList<>(List.of("validate", bodies.example));
    args.add(bodies.inputs.get(0).toString());
    args.addAll(List.of("--password-file", password.toString(), "--format", "json"));
    if (!List.of(options).contains("--at")) {
      args.addAll(List.of("--at", "2026-01-01"));
    }
    args.addAll(List.of(options));
    return args;
  }

  /** The JSON body of the first input (a PEM), judged at {@code at}, with a role when given. */
  private static String body(String at, String role) {
    ObjectNode body = (ObjectNode) tree(bodies.json(at));
    JsonNode first = body.get("certificates").get(0);
    body.putArray("certificates").add(first);
    if (role != null) {
      ((ObjectNode) body.get("certificates").get(0)).put("role", role);
    }
    return body.toString();
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
