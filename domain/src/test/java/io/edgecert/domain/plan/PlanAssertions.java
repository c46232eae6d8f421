package io.edgecert.domain.plan;

import io.edgecert.domain.planning.Planner;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.TopologyValidator;
import java.time.LocalDate;
import org.assertj.core.api.Assertions;

/** Plans a topology for tests, after checking that the topology is valid. */
public final class PlanAssertions {
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  private PlanAssertions() {}

  public static CertificatePlan planOf(Topology topology) {
    Assertions.assertThat(TopologyValidator.validate(topology)).isEmpty();
    return Planner.plan(topology, AS_OF);
  }

  public static PlannedCertificate external(Topology topology) {
    return planOf(topology).certificate(CertificateRole.EXTERNAL).orElseThrow();
  }

  public static PlannedCertificate internal(Topology topology) {
    return planOf(topology).certificate(CertificateRole.INTERNAL).orElseThrow();
  }
}
