package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Jetty answers before any handler runs (requests it cannot parse, oversized headers or URIs,
 * HTTP/2 spoken to HTTP/1.1, CONNECT) is problem+json in UTF-8 like every other answer, and the
 * connection is closed after it.
 */
class ProtocolErrorsTest {
  static final String HOST = "Host: 127.0.0.1\r\n";
  @RegisterExtension static final TestServer api = TestServer.perClass();

  static Stream<Arguments> brokenRequests() {
    return Stream.of(
        Arguments.of("garbage request line", "GARBAGE\r\n\r\n", 400),
        Arguments.of("obs-fold", "GET /health HTTP/1.1\r\n" + HOST + "X-A: a\r\n  b\r\n\r\n", 400),
        Arguments.of(
            "NUL in a header", "GET /health HTTP/1.1\r\n" + HOST + "X-A: a\0b\r\n\r\n", 400),
        Arguments.of(
            "Content-Length and Transfer-Encoding",
            "POST /v1/plans HTTP/1.1\r\n"
                + HOST
                + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            400),
        Arguments.of(
            "two Content-Lengths",
            "POST /v1/plans HTTP/1.1\r\n"
                + HOST
                + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
            400),
        Arguments.of("%00 in the path", "GET /v1/rules/%00 HTTP/1.1\r\n" + HOST + "\r\n", 400),
        Arguments.of("%zz in the path", "GET /v1/rules/%zz HTTP/1.1\r\n" + HOST + "\r\n", 400),
        Arguments.of("..;/ in the path", "GET /v1/..;/health HTTP/1.1\r\n" + HOST + "\r\n", 400),
        Arguments.of(
            "overlong UTF-8 in the path", "GET /v1/rules/%C0%AE HTTP/1.1\r\n" + HOST + "\r\n", 400),
        Arguments.of(
            "large headers",
            "GET /health HTTP/1.1\r\n" + HOST + "X-A: " + "a".repeat(20_000) + "\r\n\r\n",
            431),
        Arguments.of(
            "long URI", "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\n" + HOST + "\r\n", 414),
        Arguments.of("HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 426),
        Arguments.of(
            "CONNECT", "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n", 405),
        Arguments.of(
            "malformed chunk size",
            "POST /v1/plans HTTP/1.1\r\n"
                + HOST
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "ZZZ\r\nabc\r\n0\r\n\r\n",
            400));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRequests")
  void givenBrokenRequest_answersProblemJsonAndCloses(String what, String request, int status) {
    RawHttp.Answer answer = RawHttp.exchange(api.port, request);

    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = TestServer.json(answer.bodyText());
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(answer.bodyText()).doesNotContain("<html", "\tat ");
    assertThat(answer.closes()).isTrue();
    assertThat(api.plans.last.get()).isNull();
  }

  @Test
  void givenUploadCutShort_answersOrClosesAndStaysHealthy() throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), api.port)) {
      socket.setSoTimeout(RawHttp.HANG_GUARD_MILLIS);
      String head =
          "POST /v1/plans HTTP/1.1\r\n"
              + HOST
              + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"version\":";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.shutdownOutput();
      byte[] answer = socket.getInputStream().readAllBytes();
      String text = new String(answer, StandardCharsets.UTF_8);
      assertThat(text)
          .satisfiesAnyOf(
              t -> assertThat(t).isEmpty(), t -> assertThat(t).startsWith("HTTP/1.1 400 "));
    }

    assertThat(api.get("/health").statusCode()).isEqualTo(200);
    assertThat(api.plans.last.get()).isNull();
  }
}
