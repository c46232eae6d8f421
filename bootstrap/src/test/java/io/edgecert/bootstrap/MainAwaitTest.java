package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

/** Main makes the injector on a thread of its own and waits for it with {@link Main#await}. */
class MainAwaitTest {

  @Test
  void givesTheResultOfTheTask() {
    FutureTask<String> task = new FutureTask<>(() -> "injector");
    new Thread(task).start();

    assertThat(Main.await(task)).isEqualTo("injector");
  }

  @Test
  void throwsWhatTheTaskThrewAsItWas() {
    IllegalArgumentException failure = new IllegalArgumentException("no binding");
    FutureTask<String> failing =
        new FutureTask<>(
            () -> {
              throw failure;
            });
    failing.run();
    OutOfMemoryError error = new OutOfMemoryError("heap");
    FutureTask<String> erring =
        new FutureTask<>(
            () -> {
              throw error;
            });
    erring.run();

    assertThatThrownBy(() -> Main.await(failing)).isSameAs(failure);
    assertThatThrownBy(() -> Main.await(erring)).isSameAs(error);
  }

  @Test
  void wrapsACheckedException() {
    IOException checked = new IOException("unreadable");
    FutureTask<String> task =
        new FutureTask<>(
            () -> {
              throw checked;
            });
    task.run();

    assertThatThrownBy(() -> Main.await(task))
        .isInstanceOf(IllegalStateException.class)
        .hasCause(checked);
  }

  @Test
  void waitsOnThroughAnInterruptAndKeepsIt() throws InterruptedException {
    CountDownLatch waiting = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    FutureTask<String> task =
        new FutureTask<>(
            () -> {
              release.await();
              return "done";
            });
    new Thread(task).start();
    String[] result = new String[1];
    boolean[] interrupted = new boolean[1];
    Thread waiter =
        new Thread(
            () -> {
              waiting.countDown();
              result[0] = Main.await(task);
              interrupted[0] = Thread.currentThread().isInterrupted();
            });
    waiter.start();
    waiting.await();
    waiter.interrupt();
    release.countDown();
    waiter.join();

    assertThat(result[0]).isEqualTo("done");
    assertThat(interrupted[0]).isTrue();
  }
}
