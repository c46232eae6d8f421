package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgecert.application.port.in.ProbeCommand;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /v1/probes}: off unless allowed, 403 outside the allow-list, the scope enforced. */
class ProbeEndpointTest {
  static final String PATH = "/v1/probes";
  static final List<String> ALLOWED = List.of("127.0.0.0/8", "contoso.com");
  static final String TOPOLOGY =
      "{\"version\": 1, \"edge\": {\"accessEdge\": \"sip.contoso.com\"}}";

  @RegisterExtension static final TestServer api = TestServer.perClass();

  static String body(String more) {
    return "{\"topology\": " + TOPOLOGY + more + "}";
  }

  @Test
  void givenServerWithoutProbes_post_answers403() {
    RestServer plain =
        new RestServer(
            api.plans,
            api.validations,
            new FakeRules(),
            api.export,
            new RestSettings("127.0.0.1", 0, 1024));
    int port = plain.start();
    try {
      HttpResponse<String> response =
          api.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create("http://127.0.0.1:" + port + PATH))
                  .header("Content-Type", "application/json")
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body("")))
                  .build());
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json;charset=utf-8");
      assertThat(TestServer.json(response).path("detail").asText()).contains("--allow-probes");
    } finally {
      plain.stop();
    }
  }

  @Test
  void givenTargetsInsideTheList_post_probesWithTheServersScope() {
    HttpResponse<String> response =
        api.post(
            PATH,
            "application/json",
            body(
                ", \"targets\": [\"webcon.contoso.com:4443/tls\", \"127.0.0.9\"],"
                    + " \"dnsServer\": \"127.0.0.1:5353\", \"handshakeTimeoutMs\": 2000,"
                    + " \"concurrency\": 4"));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    ProbeCommand command = api.probes.last.get();
    assertThat(command.targets()).hasSize(2);
    assertThat(command.dnsServer().port()).isEqualTo(5353);
    assertThat(command.handshakeTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(command.concurrency()).isEqualTo(4);
    assertThat(command.clientCertificate()).isNull();
    assertThat(command.scope().allows("sip.contoso.com", "192.0.2.1")).isTrue();
    assertThat(command.scope().allows("partner.example", "127.0.0.2")).isTrue();
    assertThat(command.scope().allows("partner.example", "192.0.2.1")).isFalse();
    assertThat(command.scope().allows("evilcontoso.com", "10.0.0.1")).isFalse();
  }

  @Test
  void givenTargetOutsideTheList_post_answers403() {
    HttpResponse<String> response =
        api.post(PATH, "application/json", body(", \"targets\": [\"192.0.2.1:443\"]"));

    assertThat(response.statusCode()).isEqualTo(403);
    JsonNode problem = TestServer.json(response);
    assertThat(problem.path("detail").asText()).contains("192.0.2.1", "outside");
  }

  @Test
  void givenDnsServerOutsideTheList_post_answers403() {
    HttpResponse<String> response =
        api.post(PATH, "application/json", body(", \"dnsServer\": \"8.8.8.8\""));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(TestServer.json(response).path("detail").asText()).contains("DNS server 8.8.8.8");
  }

  @Test
  void givenBadFields_post_answers422WithEveryProblem() {
    HttpResponse<String> response =
        api.post(
            PATH,
            "application/json",
            body(
                ", \"targets\": [\"a b\"], \"concurrency\": 0, \"expiryWarningDays\": -1,"
                    + " \"surprise\": 1"));

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body())
        .contains("/targets/0", "/concurrency", "/expiryWarningDays", "surprise");
  }

  @Test
  void givenAllowList_parse_rejectsWhatIsNeitherBlockNorDomain() {
    assertThat(ProbeAllowList.parse(List.of()).enabled()).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ProbeAllowList.parse(List.of("10.0.0.0/33")))
        .hasMessageContaining("'10.0.0.0/33' is not a valid address block");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProbeAllowList.parse(List.of("*")))
        .hasMessageContaining("neither a CIDR block");
    ProbeAllowList v6 = ProbeAllowList.parse(List.of("2001:db8::/32"));
    assertThat(v6.allows("x.example", "2001:db8::1")).isTrue();
    assertThat(v6.allows("x.example", "2001:db9::1")).isFalse();
  }
}
