package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServerLifecycleTest {

  @Test
  void givenRequestInFlight_stop_letsItFinishThenRefusesConnections() throws Exception {
    TestServer api = TestServer.start();
    CompletableFuture<HttpResponse<String>> slow =
        api.client.sendAsync(
            api.request("/v1/plans")
                .header("Content-Type", "application/yaml")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "# " + Cues.SLOW + "\nedge:\n  accessEdge: slow.contoso.com\n"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    awaitInFlight(api);

    api.close();

    assertThat(slow.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(slow.get().body()).contains("slow.contoso.com");
    assertThatThrownBy(() -> api.get("/health")).hasCauseInstanceOf(ConnectException.class);
  }

  @Test
  void givenPortZero_start_returnsTheBoundPort() {
    try (TestServer api = TestServer.start()) {
      assertThat(api.port).isPositive();
      assertThat(api.get("/health").statusCode()).isEqualTo(200);
    }
  }

  private static void awaitInFlight(TestServer api) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline && api.plans.last.get() == null) {
      Thread.sleep(20);
    }
    assertThat(api.plans.last.get()).as("the slow request reached the use case").isNotNull();
  }
}
