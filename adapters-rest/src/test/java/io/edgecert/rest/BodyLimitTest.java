package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BodyLimitTest {
  static final int LIMIT = 4096;
  @RegisterExtension static final TestServer api = TestServer.perClass(LIMIT);

  static Multipart form(int certificateBytes) {
    return new Multipart()
        .field("topology", PlanEndpointTest.JSON_TOPOLOGY)
        .file("certificate", "big.cer", "application/octet-stream", new byte[certificateBytes]);
  }

  static HttpResponse<String> post(String contentType, HttpRequest.BodyPublisher body) {
    return api.send(
        api.request("/v1/validations").header("Content-Type", contentType).POST(body).build());
  }

  /** The same bytes without a Content-Length, so the server cannot refuse them up front. */
  static HttpRequest.BodyPublisher chunked(HttpRequest.BodyPublisher publisher) {
    byte[] bytes = collect(publisher);
    return HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes));
  }

  @Test
  void givenFormJustUnderTheLimit_post_answers200() {
    assertThat(post(form(3000).contentType(), form(3000).publisher()).statusCode()).isEqualTo(200);
  }

  @Test
  void givenFormOverTheLimit_post_answers413() {
    HttpResponse<String> declared = post(form(LIMIT).contentType(), form(LIMIT).publisher());
    HttpResponse<String> streamed =
        post(form(LIMIT).contentType(), chunked(form(LIMIT).publisher()));

    assertThat(declared.statusCode()).isEqualTo(413);
    assertThat(streamed.statusCode()).isEqualTo(413);
    assertThat(streamed.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json;charset=utf-8");
  }

  @Test
  void givenJsonOverTheLimitWithoutLength_post_answers413() {
    String json =
        "{\"topology\": {}, \"certificates\": [{\"pem\": \"" + "A".repeat(LIMIT) + "\"}]}";

    HttpResponse<String> response =
        post("application/json", chunked(HttpRequest.BodyPublishers.ofString(json)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(TestServer.json(response).get("detail").asText()).contains("4096 bytes");
  }

  private static byte[] collect(HttpRequest.BodyPublisher publisher) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    java.util.concurrent.CompletableFuture<Void> done =
        new java.util.concurrent.CompletableFuture<>();
    publisher.subscribe(
        new Flow.Subscriber<>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(java.nio.ByteBuffer item) {
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            out.writeBytes(chunk);
          }

          @Override
          public void onError(Throwable throwable) {
            done.completeExceptionally(throwable);
          }

          @Override
          public void onComplete() {
            done.complete(null);
          }
        });
    done.join();
    return out.toByteArray();
  }
}
