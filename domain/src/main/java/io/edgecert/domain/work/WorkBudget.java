package io.edgecert.domain.work;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The work the current thread may still do for one request: a deadline and a way to learn that the
 * client has gone. The loops over input-sized collections (certificates, issuer candidates,
 * domains) call {@link #step()} once per element; every {@value #CHECK_EVERY} steps, and at each
 * {@link #checkpoint()}, the deadline and the client are checked and {@link WorkStoppedException}
 * stops the work. Without an open budget (the CLI) both are no-ops. A budget also counts its steps,
 * so that a test can show that a path is linear in its input (see ADR 0043).
 */
public final class WorkBudget implements AutoCloseable {
  static final int CHECK_EVERY = 256;
  private static final ThreadLocal<WorkBudget> CURRENT = new ThreadLocal<>();

  private final Duration limit;
  private final long deadline;
  private final LongSupplier nanoTime;
  private final BooleanSupplier clientGone;
  private final WorkBudget outer;
  private long steps;

  private WorkBudget(Duration limit, LongSupplier nanoTime, BooleanSupplier clientGone) {
    this.limit = limit;
    this.nanoTime = nanoTime;
    this.clientGone = clientGone;
    this.deadline = limit == null ? 0 : nanoTime.getAsLong() + limit.toNanos();
    this.outer = CURRENT.get();
  }

  /**
   * Opens a budget of {@code limit} (null: no time limit) on this thread until {@link #close()};
   * {@code nanoTime} is the clock ({@code System::nanoTime}), {@code clientGone} says whether the
   * client has gone.
   */
  public static WorkBudget open(Duration limit, LongSupplier nanoTime, BooleanSupplier clientGone) {
    WorkBudget budget = new WorkBudget(limit, nanoTime, clientGone);
    CURRENT.set(budget);
    return budget;
  }

  /** A budget that only counts steps (no deadline, no client): for measuring work in tests. */
  public static WorkBudget counting() {
    return open(null, () -> 0L, () -> false);
  }

  /** One unit of input-sized work; checks the budget now and then. */
  public static void step() {
    WorkBudget budget = CURRENT.get();
    if (budget != null && ++budget.steps % CHECK_EVERY == 0) {
      budget.check();
    }
  }

  /** Checks the budget now (before an expensive operation such as a signature check). */
  public static void checkpoint() {
    WorkBudget budget = CURRENT.get();
    if (budget != null) {
      budget.steps++;
      budget.check();
    }
  }

  /** The steps counted so far on this budget. */
  public long steps() {
    return steps;
  }

  /** The time limit, or null when there is none. */
  public Duration limit() {
    return limit;
  }

  /** Whether the deadline has passed (the work is then stopped at its next check). */
  public boolean expired() {
    return limit != null && nanoTime.getAsLong() - deadline > 0;
  }

  @Override
  public void close() {
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
  }

  private void check() {
    if (clientGone.getAsBoolean()) {
      throw new WorkStoppedException(WorkStoppedException.Reason.CLIENT_GONE, limit);
    }
    if (expired()) {
      throw new WorkStoppedException(WorkStoppedException.Reason.TIME_BUDGET, limit);
    }
  }
}
