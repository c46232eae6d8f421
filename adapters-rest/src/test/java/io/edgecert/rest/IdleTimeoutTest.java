package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request body that stops arriving is answered 408 in problem+json once the connection's idle
 * timeout passes (shortened here to a fraction of a second), and one cut short by the client is
 * answered 400; both close the connection. The client waits for the answer: nothing sleeps.
 */
class IdleTimeoutTest {
  static final Duration IDLE = Duration.ofMillis(200);
  static final String HEAD = head(Routes.PLANS);
  static final byte[] PART = "{\"version\": 1".getBytes(StandardCharsets.UTF_8);

  static TestServer api;

  @BeforeAll
  static void start() {
    api = TestServer.withIdleTimeout(IDLE);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @Test
  void givenBodyShorterThanDeclared_answers408ProblemAndCloses() {
    RawHttp.Answer answer = silentAfterPart(api.port, Routes.PLANS);

    assertProblem(answer, 408, "Request Timeout");
    assertThat(TestServer.json(answer.bodyText()).get("detail").asText())
        .startsWith("The request body did not arrive in time");
    assertThat(api.plans.last.get()).isNull();
  }

  @Test
  void givenUploadCutShort_answers400ProblemAndCloses() throws IOException {
    RawHttp.Answer answer;
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), api.port)) {
      socket.setSoTimeout(RawHttp.HANG_GUARD_MILLIS);
      socket.getOutputStream().write(HEAD.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(PART);
      socket.shutdownOutput();
      answer = RawHttp.Answer.parse(socket.getInputStream().readAllBytes());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }

    assertProblem(answer, 400, "Bad Request");
    assertThat(api.plans.last.get()).isNull();
  }

  @Test
  void idleTimeout_isTheBudgetPlusAMargin() {
    RestSettings settings = RestSettings.defaults();

    assertThat(settings.idleTimeout())
        .isEqualTo(settings.requestBudget().plus(RestSettings.IDLE_MARGIN))
        .isGreaterThan(settings.requestBudget());
    assertThat(settings.withRequestBudget(Duration.ofSeconds(5)).idleTimeout())
        .isEqualTo(Duration.ofSeconds(5).plus(RestSettings.IDLE_MARGIN));
  }

  /** A POST to {@code path} declaring 100 bytes and sending 13, then waiting for the answer. */
  static RawHttp.Answer silentAfterPart(int port, String path) {
    return RawHttp.exchange(port, head(path), PART);
  }

  private static String head(String path) {
    return "POST "
        + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "Content-Length: 100\r\n\r\n";
  }

  @Test
  void givenIdleTimeoutUnderOneMillisecond_refusesIt() {
    RestSettings settings = RestSettings.defaults();

    assertThatThrownBy(() -> settings.withIdleTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idle timeout");
  }

  private static void assertProblem(RawHttp.Answer answer, int status, String title) {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).isEqualTo(ProblemWriter.PROBLEM_JSON_UTF8);
    JsonNode problem = TestServer.json(answer.bodyText());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isEqualTo(title);
    assertThat(answer.closes()).isTrue();
  }
}
