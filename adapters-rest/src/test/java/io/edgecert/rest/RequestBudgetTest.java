package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.domain.work.WorkBudget;
import io.edgecert.domain.work.WorkStoppedException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 4: every working request has a time budget (ADR 0043). A plan that never ends is
 * stopped at its budget and answered 503 with Retry-After as problem+json; a plan whose client has
 * gone is stopped without waiting for its budget. The planner here loops on the work budget's
 * checks, as the real loops do; no sleep synchronises anything.
 */
class RequestBudgetTest {
  private final AtomicReference<WorkStoppedException> stopped = new AtomicReference<>();
  private final CountDownLatch working = new CountDownLatch(1);
  private final CountDownLatch done = new CountDownLatch(1);

  /** A planner that works until its budget stops it, and tells how it was stopped. */
  private final PlanUseCase endless =
      command -> {
        working.countDown();
        try {
          while (true) {
            WorkBudget.step();
          }
        } catch (WorkStoppedException e) {
          stopped.set(e);
          throw e;
        } finally {
          done.countDown();
        }
      };

  @Test
  void givenWorkPastTheBudget_theAnswerIs503WithRetryAfterAsProblemJson() throws Exception {
    RestServer server = server(Duration.ofMillis(300));
    try {
      int port = server.start();

      RawHttp.Answer answer =
          RawHttp.post(
              port, Routes.PLANS, "application/json", "{}".getBytes(StandardCharsets.UTF_8));

      assertThat(answer.status()).isEqualTo(503);
      assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
      assertThat(answer.header("Retry-After")).isEqualTo("1");
      JsonNode problem = TestServer.MAPPER.readTree(answer.body());
      assertThat(problem.get("type").asText()).endsWith("/time-budget-spent");
      assertThat(problem.get("detail").asText()).contains("time budget of 300 ms");
      assertThat(stopped.get().reason()).isEqualTo(WorkStoppedException.Reason.TIME_BUDGET);
    } finally {
      server.stop();
    }
  }

  @Test
  void givenTheClientGoesAway_theWorkStopsBeforeItsBudget() throws Exception {
    RestServer server = server(Duration.ofMinutes(30));
    try {
      int port = server.start();
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
        OutputStream out = socket.getOutputStream();
        out.write(
            ("POST "
                    + Routes.PLANS
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        assertThat(working.await(RawHttp.HANG_GUARD_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
      }

      assertThat(done.await(RawHttp.HANG_GUARD_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
      assertThat(stopped.get().reason()).isEqualTo(WorkStoppedException.Reason.CLIENT_GONE);
    } finally {
      server.stop();
    }
  }

  private RestServer server(Duration budget) {
    return new RestServer(
        endless,
        new FakeValidations(),
        new FakeRules(),
        new FakeExport(),
        new RestSettings("127.0.0.1", 0, RestSettings.DEFAULT_MAX_BODY_BYTES)
            .withRequestBudget(budget));
  }
}
