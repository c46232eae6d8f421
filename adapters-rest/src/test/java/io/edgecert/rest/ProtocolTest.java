package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProtocolTest {
  @RegisterExtension static final TestServer api = TestServer.perClass();

  @Test
  void getHealth_answersUp() {
    HttpResponse<String> response = api.get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(TestServer.json(response).get("status").asText()).isEqualTo("UP");
  }

  @Test
  void getOpenApi_answersTheOpenApi31Document() {
    HttpResponse<String> response = api.get("/openapi.json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(TestServer.json(response).get("openapi").asText()).startsWith("3.1.");
  }

  @Test
  void givenUnknownPath_answers404Problem() {
    HttpResponse<String> response = api.get("/v2/plans");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json;charset=utf-8");
    assertThat(TestServer.json(response).get("status").asInt()).isEqualTo(404);
  }

  @Test
  void givenWrongMethod_answers405ProblemWithAllow() {
    HttpResponse<String> response = api.send(api.request("/v1/rules").DELETE().build());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
    JsonNode problem = TestServer.json(response);
    assertThat(problem.get("detail").asText())
        .isEqualTo("DELETE is not allowed on /v1/rules; allowed: GET, HEAD, OPTIONS");
  }

  @Test
  void givenHead_answersLikeGetWithoutABody() {
    for (String path : new String[] {"/v1/rules", "/v1/rules/EXT-SAN-004", "/health"}) {
      HttpResponse<String> get = api.send(api.request(path).GET().build());
      HttpResponse<String> head =
          api.send(api.request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

      assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode()).isEqualTo(200);
      assertThat(head.headers().firstValue("Content-Type"))
          .isEqualTo(get.headers().firstValue("Content-Type"));
      assertThat(head.body()).isEmpty();
    }
  }

  @Test
  void givenAcceptThatRulesOutJson_answers406Problem() {
    HttpResponse<String> html =
        api.send(api.request("/v1/rules").header("Accept", "text/html").build());
    HttpResponse<String> refused =
        api.send(
            api.request("/health").header("Accept", "application/json;q=0, text/plain").build());

    assertThat(html.statusCode()).isEqualTo(406);
    assertThat(html.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json;charset=utf-8");
    assertThat(TestServer.json(html).get("detail").asText()).contains("text/html");
    assertThat(refused.statusCode()).isEqualTo(406);
  }

  @Test
  void givenAcceptThatAllowsJson_answers200() {
    for (String accept :
        new String[] {
          "application/json",
          "*/*",
          "application/*;q=0.5",
          "text/html, application/json;q=0.9",
          "application/problem+json"
        }) {
      HttpResponse<String> response =
          api.send(api.request("/health").header("Accept", accept).build());
      assertThat(response.statusCode()).as(accept).isEqualTo(200);
    }
  }

  @Test
  void givenBodyOverTheLimit_answers413WithoutReadingIt() {
    byte[] body = new byte[(int) RestSettings.DEFAULT_MAX_BODY_BYTES + 1];

    HttpResponse<String> response =
        api.send(
            api.request("/v1/plans")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json;charset=utf-8");
    assertThat(TestServer.json(response).get("detail").asText()).contains("5242880 bytes");
    assertThat(api.plans.last.get()).isNull();
  }

  @Test
  void givenBodyOverTheLimitSentWholeBeforeReading_answers413() {
    byte[] body = new byte[(int) RestSettings.DEFAULT_MAX_BODY_BYTES + 1];

    RawHttp.Answer answer = RawHttp.post(api.port, "/v1/plans", "application/json", body);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.bodyText()).contains("5242880 bytes");
  }

  @Test
  void givenARefusalBeforeTheBodyIsRead_aClientSendingItWholeFirst_getsTheProblem() {
    // an Accept without JSON is a 406 before the body is read; 4 MiB is far more than the socket
    // buffers hold, so without the drain the server closes while the client is still sending
    byte[] body = new byte[4 * 1024 * 1024];
    String head =
        "POST /v1/plans HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Accept: text/html\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";

    RawHttp.Answer answer = RawHttp.exchange(api.port, head, body);

    assertThat(answer.status()).isEqualTo(406);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(api.plans.last.get()).isNull();
  }

  @Test
  void givenBodyOverTheLimitAfterExpectContinue_answers413BeforeTheBodyIsSent() {
    String head =
        "POST /v1/plans HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Expect: 100-continue\r\nContent-Length: 6000000\r\n\r\n";

    RawHttp.Answer answer = RawHttp.exchange(api.port, head);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.closes()).isTrue();
  }

  @Test
  void givenChunkedBodyOverTheLimit_answers413() {
    byte[] body = new byte[(int) RestSettings.DEFAULT_MAX_BODY_BYTES + 10];

    HttpResponse<String> response =
        api.send(
            api.request("/v1/validations")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(api.validations.last.get()).isNull();
  }
}
