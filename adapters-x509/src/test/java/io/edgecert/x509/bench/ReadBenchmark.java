package io.edgecert.x509.bench;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.x509.BouncyCastleCertificateReader;
import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.TestPki;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Timing harness (not a test): reads N generated certificates (PEM leaf + intermediate, RSA 2048)
 * with facts and chain building in one JVM, after warm-up, and prints certificates per second
 * (median of several rounds), single-threaded and on every core. Run by scripts/bench-validate.sh.
 */
public final class ReadBenchmark {

  private ReadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    TestPki pki = TestPki.create();
    List<CertificateSource> sources = sources(pki, count);
    TrustSettings trust = new TrustSettings(null, List.of(pki.root().der()));
    BouncyCastleCertificateReader reader = new BouncyCastleCertificateReader();
    long start = System.nanoTime();
    ChainStatus status = reader.read(sources.get(0), trust, TestPki.NOW).chain().status();
    System.out.printf(
        "first read (cold, loads the JDK trust store): %.1f ms, chain %s%n",
        (System.nanoTime() - start) / 1e6, status.code());
    int cores = Runtime.getRuntime().availableProcessors();
    double[][] warmUp = measure(reader, sources, trust, cores, 20);
    for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
      report(threads, warmUp, rounds, measure(reader, sources, trust, threads, rounds));
    }
  }

  private static List<CertificateSource> sources(TestPki pki, int count) {
    List<CertificateSource> sources = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      IssuedCertificate leaf =
          pki.leaf(
              LeafSpec.cn("edge" + i + ".contoso.com")
                  .dns("edge" + i + ".contoso.com", "sip.contoso.com", "webcon.contoso.com")
                  .crl("http://crl.contoso.com/ca.crl")
                  .caIssuers("http://aia.contoso.com/ca.crt"));
      sources.add(
          new CertificateSource(
              "edge" + i + ".pem", Exports.pem(leaf, pki.intermediate()), null, null));
    }
    return sources;
  }

  /**
   * Certificates per second of each round: by the wall clock, then per CPU second of the reading
   * threads (a figure that other load on the machine disturbs less).
   */
  private static double[][] measure(
      BouncyCastleCertificateReader reader,
      List<CertificateSource> sources,
      TrustSettings trust,
      int threads,
      int rounds)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    double[][] rates = new double[2][rounds];
    try {
      for (int round = 0; round < rounds; round++) {
        long start = System.nanoTime();
        List<Future<Long>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          List<CertificateSource> part = slice(sources, t, threads);
          parts.add(pool.submit(() -> readAll(reader, part, trust)));
        }
        long cpuNanos = 0;
        for (Future<Long> part : parts) {
          cpuNanos += part.get();
        }
        rates[0][round] = sources.size() / ((System.nanoTime() - start) / 1e9);
        rates[1][round] = sources.size() / (cpuNanos / 1e9);
      }
    } finally {
      pool.shutdown();
    }
    return rates;
  }

  /** Reads every source; returns the CPU nanoseconds this thread spent. */
  private static long readAll(
      BouncyCastleCertificateReader reader, List<CertificateSource> sources, TrustSettings trust) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    sources.forEach(source -> reader.read(source, trust, TestPki.NOW));
    return threads.getCurrentThreadCpuTime() - cpu;
  }

  private static List<CertificateSource> slice(List<CertificateSource> all, int index, int of) {
    int from = all.size() * index / of;
    return all.subList(from, all.size() * (index + 1) / of);
  }

  private static void report(int threads, double[][] warmUp, int rounds, double[][] rates) {
    double[] wall = rates[0].clone();
    Arrays.sort(wall);
    System.out.printf(
        "%d thread(s): median %,.0f certificates/s over %d rounds"
            + " (min %,.0f, max %,.0f; last warm-up round %,.0f); %,.0f per CPU second of the"
            + " reading threads%n",
        threads,
        wall[wall.length / 2],
        rounds,
        wall[0],
        wall[wall.length - 1],
        warmUp[0][warmUp[0].length - 1],
        median(rates[1]));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
