package io.edgecert.benchmarks;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.planning.Planner;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.TopologyValidator;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.CertificateValidator;
import io.edgecert.domain.validation.RoleMatcher;
import io.edgecert.domain.validation.ValidationContext;
import io.edgecert.domain.validation.rules.CertificateRules;
import io.edgecert.json.JacksonTopologyReader;
import io.edgecert.x509.BouncyCastleCertificateReader;
import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.TestPki;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every certificate rule on one certificate already read: the Edge certificate of the reader
 * benchmark against the plan of s02-single-edge-nat.yaml (role matched by edgecert).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RulesBenchmark {
  private final CertificateValidator validator = new CertificateValidator(CertificateRules.ALL);
  private ValidationContext context;

  @Setup
  public void setUp() {
    TopologySource source = Examples.source("s02-single-edge-nat.yaml");
    Topology topology =
        TopologyValidator.check(new JacksonTopologyReader().read(source).topology()).topology();
    CertificatePlan plan = Planner.plan(topology, LocalDate.ofInstant(TestPki.NOW, ZoneOffset.UTC));
    TestPki pki = TestPki.create();
    byte[] pem = Exports.pem(pki.leaf(ReaderBenchmark.EdgeLeaf.spec()), pki.intermediate());
    CertificateEvidence evidence =
        new BouncyCastleCertificateReader()
            .read(
                new CertificateSource("edge.pem", pem, null, null),
                new TrustSettings(null, List.of(pki.root().der())),
                TestPki.NOW);
    context =
        new ValidationContext(
            topology, plan, RoleMatcher.match(plan, evidence, null), evidence, TestPki.NOW, 30);
  }

  @Benchmark
  public CertificateReport rules() {
    return validator.validate(context);
  }
}
