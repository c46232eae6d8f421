package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server's own Date header and request thread pool (see DateHeader and ServerThreads). */
class ServerTuningTest {
  @RegisterExtension static final TestServer api = TestServer.perClass();

  @Test
  void everyResponse_carriesExactlyOneDateHeaderOfNow() {
    Instant before = Instant.now().minusSeconds(1);
    HttpResponse<String> ok = api.get("/health");
    HttpResponse<String> problem = api.get("/v2/plans");
    Instant after = Instant.now().plusSeconds(1);

    for (HttpResponse<String> response : List.of(ok, problem)) {
      List<String> dates = response.headers().allValues("Date");
      assertThat(dates).hasSize(1);
      Instant date =
          ZonedDateTime.parse(dates.get(0), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      assertThat(date).isBetween(before.minusMillis(before.toEpochMilli() % 1000), after);
    }
  }

  @Test
  void dateField_changesWithTheSecondAndIsKeptWithinIt() {
    DateHeader header = new DateHeader();
    long second = Instant.parse("2026-01-01T10:00:00Z").toEpochMilli();

    assertThat(header.field(second).getValue()).isEqualTo("Thu, 1 Jan 2026 10:00:00 GMT");
    assertThat(header.field(second + 999)).isSameAs(header.field(second));
    assertThat(header.field(second + Duration.ofSeconds(61).toMillis()).getValue())
        .isEqualTo("Thu, 1 Jan 2026 10:01:01 GMT");
  }

  @Test
  void threadPool_hasAFewThreadsPerCoreRatherThanHundreds() {
    int cores = Runtime.getRuntime().availableProcessors();

    assertThat(ServerThreads.pool().getMaxThreads())
        .isEqualTo(Math.max(ServerThreads.MINIMUM, ServerThreads.PER_CORE * cores) + 4)
        .isLessThan(250);
  }
}
