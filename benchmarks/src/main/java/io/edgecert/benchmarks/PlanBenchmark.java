package io.edgecert.benchmarks;

import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.PlanCommand;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.service.ExportService;
import io.edgecert.application.service.PlanService;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.json.JacksonDocumentEncoder;
import io.edgecert.json.JacksonTopologyReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The planner on each documentation example: {@code plan} reads, checks and plans the topology
 * (what {@code edgecert plan} and {@code POST /v1/plans} do before writing), {@code planJson} also
 * writes the plan in the JSON wire contract, as the REST API answers it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

  @Param({
    "s01-sip-xmpp-pic.yaml",
    "s02-single-edge-nat.yaml",
    "s02-single-edge-nat.json",
    "s03-single-edge-public.yaml",
    "s04-scaled-dns-nat.yaml",
    "s05-scaled-dns-public.yaml",
    "s06-scaled-hlb.yaml",
    "s07-xmpp.yaml",
    "s08-public-im.yaml",
    "s13-external-access.yaml",
    "k1-sfb-edge.yaml"
  })
  public String example;

  private TopologySource source;
  private PlanUseCase plans;
  private ExportUseCase export;

  @Setup
  public void setUp() {
    source = Examples.source(example);
    plans = new PlanService(new JacksonTopologyReader(), Clock.system(ZoneOffset.UTC));
    export = new ExportService(new JacksonDocumentEncoder());
  }

  @Benchmark
  public CertificatePlan plan() {
    return plans.plan(new PlanCommand(source, AS_OF));
  }

  @Benchmark
  public String planJson() {
    return export.planJson(plans.plan(new PlanCommand(source, AS_OF)));
  }
}
