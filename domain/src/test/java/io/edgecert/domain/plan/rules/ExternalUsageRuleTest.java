package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import io.edgecert.domain.plan.UsageType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("EXT-USAGE-001")
class ExternalUsageRuleTest {
  private final ExternalUsageRule rule = new ExternalUsageRule();

  @Test
  void givenDefaultTopology_plan_assignsTheThreeExternalUsagesToOneCertificate() {
    Built built = Drafts.apply(contoso().build(), rule);
    assertThat(built.external().usages())
        .containsExactly(
            UsageType.ACCESS_EDGE_EXTERNAL,
            UsageType.DATA_EDGE_EXTERNAL,
            UsageType.AUDIO_VIDEO_AUTHENTICATION);
    assertThat(built.internal().usages()).isEmpty();
  }
}
