package io.edgecert.domain.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WorkBudgetTest {
  private final AtomicLong now = new AtomicLong(1_000);
  private final AtomicBoolean gone = new AtomicBoolean();

  @Test
  void givenNoOpenBudget_stepsAndCheckpointsDoNothing() {
    assertThatCode(
            () -> {
              for (int i = 0; i < 10 * WorkBudget.CHECK_EVERY; i++) {
                WorkBudget.step();
              }
              WorkBudget.checkpoint();
            })
        .doesNotThrowAnyException();
  }

  @Test
  void givenTheDeadlinePassed_theNextCheckpointStopsTheWork() {
    try (WorkBudget budget = WorkBudget.open(Duration.ofMillis(5), now::get, gone::get)) {
      WorkBudget.checkpoint();
      now.addAndGet(Duration.ofMillis(6).toNanos());

      WorkStoppedException stopped =
          catchThrowableOfType(WorkStoppedException.class, WorkBudget::checkpoint);

      assertThat(stopped.reason()).isEqualTo(WorkStoppedException.Reason.TIME_BUDGET);
      assertThat(stopped.limit()).isEqualTo(Duration.ofMillis(5));
      assertThat(stopped).hasMessageContaining("time budget of 5 ms");
      assertThat(budget.expired()).isTrue();
    }
  }

  @Test
  void givenTheDeadlineReachedToTheNanosecond_theBudgetIsNotYetExpired() {
    try (WorkBudget budget = WorkBudget.open(Duration.ofMillis(5), now::get, gone::get)) {
      assertThat(budget.limit()).isEqualTo(Duration.ofMillis(5));
      now.addAndGet(Duration.ofMillis(5).toNanos());
      assertThat(budget.expired()).isFalse();
      assertThatCode(WorkBudget::checkpoint).doesNotThrowAnyException();

      now.incrementAndGet();

      assertThat(budget.expired()).isTrue();
    }
  }

  @Test
  void givenACountingBudget_itHasNoLimitAndNeverExpires() {
    try (WorkBudget budget = WorkBudget.counting()) {
      assertThat(budget.limit()).isNull();
      assertThat(budget.expired()).isFalse();
    }
  }

  @Test
  void givenTheOnlyBudgetClosed_theThreadHasNoBudgetLeft() throws InterruptedException {
    // on a thread of its own, so that no budget another test left open is the outer one
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicLong steps = new AtomicLong(-1);
    Thread fresh =
        new Thread(
            () -> {
              try {
                WorkBudget closed = WorkBudget.open(Duration.ofHours(1), now::get, gone::get);
                WorkBudget.step();
                closed.close();
                gone.set(true);
                WorkBudget.checkpoint();
                for (int i = 0; i < 2 * WorkBudget.CHECK_EVERY; i++) {
                  WorkBudget.step();
                }
                steps.set(closed.steps());
              } catch (Throwable t) {
                failure.set(t);
              }
            });
    fresh.start();
    fresh.join();

    assertThat(failure.get()).isNull();
    assertThat(steps.get()).isEqualTo(1);
  }

  @Test
  void givenTheDeadlinePassed_stepsStopTheWorkWithinOneCheckInterval() {
    try (WorkBudget budget = WorkBudget.open(Duration.ofMillis(5), now::get, gone::get)) {
      now.addAndGet(Duration.ofSeconds(1).toNanos());
      int done = 0;
      try {
        while (done < 10 * WorkBudget.CHECK_EVERY) {
          WorkBudget.step();
          done++;
        }
      } catch (WorkStoppedException expected) {
        // stopped
      }
      assertThat(done).isEqualTo(WorkBudget.CHECK_EVERY - 1);
    }
  }

  @Test
  void givenTheClientHasGone_theWorkStopsWithThatReason() {
    try (WorkBudget budget = WorkBudget.open(Duration.ofHours(1), now::get, gone::get)) {
      gone.set(true);

      WorkStoppedException stopped =
          catchThrowableOfType(WorkStoppedException.class, WorkBudget::checkpoint);

      assertThat(stopped.reason()).isEqualTo(WorkStoppedException.Reason.CLIENT_GONE);
    }
  }

  @Test
  void givenABudgetClosed_theOuterOneIsInForceAgainAndStepsAreCountedPerBudget() {
    try (WorkBudget outer = WorkBudget.counting()) {
      WorkBudget.step();
      try (WorkBudget inner = WorkBudget.open(Duration.ofMillis(1), now::get, gone::get)) {
        WorkBudget.step();
        WorkBudget.step();
        assertThat(inner.steps()).isEqualTo(2);
      }
      now.addAndGet(Duration.ofHours(1).toNanos());
      WorkBudget.checkpoint();
      assertThat(outer.steps()).isEqualTo(2);
    }
    assertThatCode(WorkBudget::checkpoint).doesNotThrowAnyException();
  }
}
