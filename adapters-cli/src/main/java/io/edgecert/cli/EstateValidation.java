package io.edgecert.cli;

import io.edgecert.application.port.in.CertificateJudge;
import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.Verdict;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Validates many certificate files on a pool of {@code jobs} threads: each file is read, judged and
 * handed to the sink by one worker, with at most a few files per worker in flight, so that memory
 * does not grow with the number of files. A file that cannot be read or decoded is reported on
 * stderr and the run goes on; the counts returned at the end say so.
 */
final class EstateValidation {
  private static final long TICK_MILLIS = 200;
  private static final int IN_FLIGHT_PER_JOB = 4;
  private final CertificateJudge judge;
  private final Function<String, CertificateSource> reader;
  private final int jobs;
  private final PrintWriter err;
  private final boolean showProgress;

  EstateValidation(
      CertificateJudge judge,
      Function<String, CertificateSource> reader,
      int jobs,
      PrintWriter err,
      boolean showProgress) {
    this.judge = judge;
    this.reader = reader;
    this.jobs = jobs;
    this.err = err;
    this.showProgress = showProgress;
  }

  /** Judges every named input into the sink and returns what was done. */
  EstateCounts run(List<String> names, ReportSink sink) {
    EstateCounts counts = new EstateCounts();
    EstateProgress progress = showProgress ? new EstateProgress(err, names.size()) : null;
    AtomicReference<RuntimeException> bug = new AtomicReference<>();
    ExecutorService workers = Executors.newFixedThreadPool(jobs, threads("validate"));
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(threads("tick"));
    ticker.scheduleAtFixedRate(
        () -> tick(sink, progress, counts), TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    int slots = jobs * IN_FLIGHT_PER_JOB;
    Semaphore inFlight = new Semaphore(slots);
    try {
      for (int i = 0; i < names.size() && bug.get() == null; i++) {
        inFlight.acquireUninterruptibly();
        int index = i;
        workers.execute(() -> work(index, names.get(index), sink, counts, progress, bug, inFlight));
      }
      inFlight.acquireUninterruptibly(slots);
    } finally {
      workers.shutdownNow();
      stop(ticker);
    }
    if (bug.get() != null) {
      throw bug.get();
    }
    sink.finish();
    if (progress != null) {
      progress.finish(counts);
    }
    return counts;
  }

  private void work(
      int index,
      String name,
      ReportSink sink,
      EstateCounts counts,
      EstateProgress progress,
      AtomicReference<RuntimeException> bug,
      Semaphore inFlight) {
    try {
      judgeOne(index, name, sink, counts, progress);
    } catch (RuntimeException e) {
      bug.compareAndSet(null, e);
    } finally {
      inFlight.release();
    }
  }

  private void judgeOne(
      int index, String name, ReportSink sink, EstateCounts counts, EstateProgress progress) {
    CertificateSource source = null;
    try {
      source = reader.apply(name);
      CertificateReport report = judge.judge(source);
      sink.accept(index, report);
      counts.judged(report.verdict() == Verdict.PASS, warnings(report));
    } catch (InvalidInputException e) {
      counts.refused();
      report(e, progress);
    } finally {
      if (source != null && source.password() != null) {
        Arrays.fill(source.password(), '\0');
      }
    }
  }

  private void report(InvalidInputException e, EstateProgress progress) {
    synchronized (err) {
      for (InputProblem problem : e.problems()) {
        String line = problem.describe(e.source());
        err.println(progress == null ? line : progress.above(line));
      }
      err.flush();
    }
  }

  private static void tick(ReportSink sink, EstateProgress progress, EstateCounts counts) {
    sink.flush();
    if (progress != null) {
      progress.update(counts);
    }
  }

  private static long warnings(CertificateReport report) {
    long warnings = 0;
    for (Finding finding : report.findings()) {
      if (finding.status() == FindingStatus.WARN) {
        warnings++;
      }
    }
    return warnings;
  }

  /** Stops the ticker and waits for a tick under way, so nothing is printed after the summary. */
  private static void stop(ScheduledExecutorService ticker) {
    ticker.shutdownNow();
    try {
      ticker.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory threads(String role) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "edgecert-" + role + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
