package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
      HttpResponse<String> plan =
          api.post(
              "/v1/plans",
              "application/json",
              "{\"version\": 1, \"edge\": {\"accessEdge\": \"" + host + "\"}}");
      return plan.statusCode() == 200
          && TestServer.json(plan).at("/certificates/0/subjectName").asText().equals(host);
    }
    if (kind == 1) {
      HttpResponse<String> plan =
          api.post("/v1/plans", "application/yaml", "edge:\n  accessEdge: " + host + "\n");
      return plan.statusCode() == 200
          && TestServer.json(plan).at("/certificates/0/subjectName").asText().equals(host);
    }
    if (kind == 2) {
      HttpResponse<String> report =
          api.post(
              "/v1/validations",
              "application/json",
              "{\"topology\": {\"version\": 1}, \"certificates\": [{\"pem\": \"" + host + "\"}]}");
      return report.statusCode() == 200
          && TestServer.json(report)
              .at("/certificates/0/thumbprint")
              .asText()
              .equals(
                  FakeValidations.sha256(host.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    HttpResponse<String> problem =
        api.post("/v1/plans", "application/json", "{\"edge\": {}, \"host\": \"" + host + "\"}");
    return problem.statusCode() == 422
        && TestServer.json(problem).at("/errors/0/pointer").asText().equals("/edge/accessEdge");
  }
}
