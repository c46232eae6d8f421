package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CorsTest {
  static final String ALLOWED = "https://tools.contoso.com";
  static final String OTHER = "https://evil.example";

  @Nested
  class WithAnAllowedOrigin {
    @RegisterExtension
    static final TestServer api =
        TestServer.perClassAllowing(ALLOWED + "/", "http://127.0.0.1:3000");

    @Test
    void preflightFromTheAllowedOrigin_answers204WithTheCorsHeaders() {
      HttpResponse<String> response =
          api.send(preflight(api, "/v1/plans", ALLOWED, "POST", "content-type"));

      assertThat(response.statusCode()).isEqualTo(204);
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
      assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
          .hasValue("POST, OPTIONS");
      assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
          .hasValue("Accept, Authorization, Content-Type");
      assertThat(response.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
      assertThat(response.headers().firstValue("Vary").orElse("")).contains("Origin");
    }

    @Test
    void preflightOfAnotherPort_isRefused() {
      HttpResponse<String> response =
          api.send(preflight(api, "/v1/rules", "http://127.0.0.1:3001", "GET", null));

      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void preflightFromAnotherOrigin_answers403WithoutCorsHeaders() {
      HttpResponse<String> response = api.send(preflight(api, "/v1/plans", OTHER, "POST", null));

      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json;charset=utf-8");
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(TestServer.json(response).get("detail").asText())
          .contains(OTHER + " is not allowed")
          .contains(ALLOWED);
    }

    @Test
    void preflightForAMethodThePathDoesNotHave_isRefused() {
      HttpResponse<String> response =
          api.send(preflight(api, "/v1/rules", ALLOWED, "DELETE", null));

      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(TestServer.json(response).get("detail").asText())
          .isEqualTo("DELETE is not allowed on /v1/rules; allowed: GET, OPTIONS");
    }

    @Test
    void preflightAskingForAnUnlistedHeader_isRefused() {
      HttpResponse<String> response =
          api.send(preflight(api, "/v1/plans", ALLOWED, "POST", "Content-Type, X-Debug"));

      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void preflightOfARuleById_isAnswered() {
      HttpResponse<String> response =
          api.send(preflight(api, "/v1/rules/EXT-SAN-001", ALLOWED, "GET", "authorization"));

      assertThat(response.statusCode()).isEqualTo(204);
      assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
          .hasValue("GET, OPTIONS");
    }

    @Test
    void preflightOfProbes_allowsPostOnly() {
      HttpResponse<String> post =
          api.send(preflight(api, "/v1/probes", ALLOWED, "POST", "content-type"));
      HttpResponse<String> get = api.send(preflight(api, "/v1/probes", ALLOWED, "GET", null));

      assertThat(post.statusCode()).isEqualTo(204);
      assertThat(post.headers().firstValue("Access-Control-Allow-Methods"))
          .hasValue("POST, OPTIONS");
      assertThat(get.statusCode()).isEqualTo(403);
    }

    @Test
    void requestFromTheAllowedOrigin_carriesAllowOrigin_othersDoNot() {
      HttpResponse<String> allowed =
          api.send(api.request("/v1/rules").header("Origin", ALLOWED).GET().build());
      HttpResponse<String> other =
          api.send(api.request("/v1/rules").header("Origin", OTHER).GET().build());

      assertThat(allowed.statusCode()).isEqualTo(200);
      assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED);
      assertThat(allowed.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
          .contains("WWW-Authenticate");
      assertThat(other.statusCode()).isEqualTo(200);
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void optionsWithoutPreflightHeaders_listsTheMethods() {
      HttpResponse<String> response =
          api.send(
              api.request("/v1/plans")
                  .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                  .build());

      assertThat(response.statusCode()).isEqualTo(204);
      assertThat(response.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
    }
  }

  @Nested
  class ByDefault {
    @RegisterExtension static final TestServer api = TestServer.perClass();

    @Test
    void everyPreflightIsRefused_namingTheOption() {
      HttpResponse<String> response = api.send(preflight(api, "/v1/plans", ALLOWED, "POST", null));

      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      assertThat(TestServer.json(response).get("detail").asText())
          .contains("--cors-origin " + ALLOWED);
    }

    @Test
    void aCrossOriginRequestGetsNoAllowOrigin() {
      HttpResponse<String> response =
          api.send(api.request("/health").header("Origin", ALLOWED).GET().build());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  private static HttpRequest preflight(
      TestServer api, String path, String origin, String method, String headers) {
    HttpRequest.Builder request =
        api.request(path)
            .header("Origin", origin)
            .header("Access-Control-Request-Method", method)
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    if (headers != null) {
      request.header("Access-Control-Request-Headers", headers);
    }
    return request.build();
  }
}
