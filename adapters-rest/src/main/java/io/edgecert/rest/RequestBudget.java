package io.edgecert.rest;

import io.edgecert.domain.work.WorkBudget;
import io.edgecert.domain.work.WorkStoppedException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each request to a working endpoint a time budget (ADR 0043): the handler runs inside a
 * {@link WorkBudget}, whose checks in the loops stop the work when the budget runs out (answered
 * 503 with Retry-After as problem+json) or when the client has gone (logged in one line; nothing
 * more is done for it). An input that is too costly in itself is a 422 from the work caps instead.
 */
final class RequestBudget {
  private static final Logger LOG = LoggerFactory.getLogger(RequestBudget.class);

  private final Duration limit;
  private final LongSupplier nanoTime;
  private final ProblemWriter writer;

  RequestBudget(Duration limit, LongSupplier nanoTime, ProblemWriter writer) {
    this.limit = limit;
    this.nanoTime = nanoTime;
    this.writer = writer;
  }

  /** {@code handler} run within the budget. */
  Handler around(Handler handler) {
    return ctx -> {
      ClientPresence client = ClientPresence.of(ctx);
      try (WorkBudget budget = WorkBudget.open(limit, nanoTime, client::gone)) {
        handler.handle(ctx);
      } catch (WorkStoppedException e) {
        stopped(ctx, e);
      } finally {
        if (client.readAhead()) {
          ctx.header("Connection", "close");
        }
      }
    };
  }

  private void stopped(Context ctx, WorkStoppedException e) {
    if (e.reason() == WorkStoppedException.Reason.CLIENT_GONE) {
      LOG.info("client gone: {} {}: its work was stopped", ctx.method(), ctx.path());
      ctx.header("Connection", "close");
      writer.write(ctx, Problems.ofStatus(503, "The client went away; the work was stopped."));
      return;
    }
    LOG.warn(
        "time budget spent: {} {} stopped after {} ms", ctx.method(), ctx.path(), limit.toMillis());
    ctx.header("Retry-After", Long.toString(retryAfterSeconds()));
    writer.write(
        ctx,
        new Problem(
            Problem.BASE + "time-budget-spent",
            "Time budget spent",
            503,
            "The request needed more than this server's time budget of "
                + limit.toMillis()
                + " ms per request (serve --time-budget) and its work was stopped; try again"
                + " later, or send a smaller input.",
            List.of()));
  }

  /** The budget itself, rounded up to whole seconds: a busy server may have room by then. */
  private long retryAfterSeconds() {
    return Math.max(1, (limit.toMillis() + 999) / 1000);
  }
}
