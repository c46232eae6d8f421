package io.edgecert.domain.validation;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * The verdict over every certificate validated in one run, evaluated at one instant, with the pool
 * section (empty unless the topology is a pool and members' copies were given).
 */
public record ValidationReport(
    Instant at, List<CertificateReport> certificates, List<PoolRole> pool) {

  public ValidationReport {
    certificates = List.copyOf(certificates);
    pool = pool == null ? List.of() : List.copyOf(pool);
  }

  /** A report without pool section. */
  public ValidationReport(Instant at, List<CertificateReport> certificates) {
    this(at, certificates, List.of());
  }

  public Verdict verdict() {
    boolean certificateFailed = certificates.stream().anyMatch(c -> c.verdict() == Verdict.FAIL);
    boolean poolFailed = pool.stream().anyMatch(p -> p.finding().breaksVerdict());
    return certificateFailed || poolFailed ? Verdict.FAIL : Verdict.PASS;
  }

  /** Every finding of the run: each certificate's, then the pool section's. */
  public Stream<Finding> allFindings() {
    return Stream.concat(
        certificates.stream().flatMap(c -> c.findings().stream()),
        pool.stream().map(PoolRole::finding));
  }
}
