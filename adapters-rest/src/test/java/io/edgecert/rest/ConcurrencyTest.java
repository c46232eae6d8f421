package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  static final int THREADS = 8;
  static final int REQUESTS = 200;
  static final String PLANNED = "/certificates/0/subjectName";
  static final String JUDGED = "/certificates/0/thumbprint";
  static final String POINTED = "/errors/0/pointer";

  @Test
  void given8ThreadsOf200Requests_everyAnswerBelongsToItsRequest() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (TestServer api = TestServer.start()) {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(pool.submit(() -> run(api, thread)));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get(120, TimeUnit.SECONDS)).isEqualTo(REQUESTS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static int run(TestServer api, int thread) {
    int correct = 0;
    for (int i = 0; i < REQUESTS; i++) {
      String host = "sip-" + thread + "-" + i + ".contoso.com";
      if (answer(api, i % 4, host)) {
        correct++;
      }
    }
    return correct;
  }

  private static boolean answer(TestServer api, int kind, String host) {
    if (kind == 0) {
      String json = "{\"version\": 1, \"edge\": {\"accessEdge\": \"" + host + "\"}}";
      return answers(api.post("/v1/plans", "application/json", json), 200, PLANNED, host);
    }
    if (kind == 1) {
      String yaml = "edge:\n  accessEdge: " + host + "\n";
      return answers(api.post("/v1/plans", "application/yaml", yaml), 200, PLANNED, host);
    }
    if (kind == 2) {
      String json = "{\"topology\": {}, \"certificates\": [{\"pem\": \"" + host + "\"}]}";
      String thumbprint = FakeValidations.thumbprint(host.getBytes(StandardCharsets.UTF_8));
      return answers(
          api.post("/v1/validations", "application/json", json), 200, JUDGED, thumbprint);
    }
    String json = "{\"edge\": {}, \"host\": \"" + host + "\"}";
    return answers(
        api.post("/v1/plans", "application/json", json), 422, POINTED, "/edge/accessEdge");
  }

  private static boolean answers(
      HttpResponse<String> response, int status, String at, String value) {
    return response.statusCode() == status
        && TestServer.json(response).at(at).asText().equals(value);
  }
}
