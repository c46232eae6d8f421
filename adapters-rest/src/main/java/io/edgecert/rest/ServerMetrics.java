package io.edgecert.rest;

import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.Verdict;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /metrics} in the Prometheus text format (Micrometer's Prometheus registry): requests
 * by method, route and status with latency histograms, validations by verdict, JVM memory and
 * threads, uptime.
 */
final class ServerMetrics implements Handler {
  static final String PATH = "/metrics";
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
  static final String REQUESTS = "http.server.requests";
  static final String VALIDATIONS = "edgecert.validations";
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE");

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  /** One timer per method, route and status, built on the first request that needs it. */
  private final Map<Series, Timer> timers = new ConcurrentHashMap<>();

  private final Map<Verdict, Counter> validations = new EnumMap<>(Verdict.class);

  ServerMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    for (Verdict verdict : Verdict.values()) {
      validations.put(
          verdict,
          Counter.builder(VALIDATIONS)
              .description("Validation reports answered, by verdict")
              .tag("verdict", verdict.code())
              .register(registry));
    }
  }

  /** Records one finished request; unknown methods count as OTHER so the series stay few. */
  void request(String method, String route, int status, long nanos) {
    Series series = new Series(METHODS.contains(method) ? method : "OTHER", route, status);
    timers.computeIfAbsent(series, this::timer).record(nanos, TimeUnit.NANOSECONDS);
  }

  private Timer timer(Series series) {
    return Timer.builder(REQUESTS)
        .description("HTTP requests by method, route template and status")
        .tags("method", series.method(), "route", series.route())
        .tags("status", String.valueOf(series.status()))
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry);
  }

  /** Counts the report's verdict and hands the report on. */
  ValidationReport counted(ValidationReport report) {
    validations.get(report.verdict()).increment();
    return report;
  }

  private record Series(String method, String route, int status) {}

  @Override
  public void handle(Context ctx) {
    ctx.contentType(CONTENT_TYPE).result(registry.scrape());
  }
}
