package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("GEN-ENR-001")
class ManualEnrollmentRuleTest {
  private final ManualEnrollmentRule rule = new ManualEnrollmentRule();

  @Test
  void givenAnyTopology_plan_saysEveryCertificateIsRequestedOffline() {
    Built built = Drafts.apply(contoso().build(), rule);
    assertThat(built.certificates())
        .allSatisfy(
            c -> assertThat(c.notes()).anyMatch(n -> n.contains("cannot use auto-enrollment")));
  }
}
