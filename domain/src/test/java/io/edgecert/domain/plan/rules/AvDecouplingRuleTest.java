package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import io.edgecert.domain.plan.UsageType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("AV-004")
class AvDecouplingRuleTest {
  private final AvDecouplingRule rule = new AvDecouplingRule();

  @Test
  void givenSeparateAvAuthentication_plan_movesTheAvUsageToItsOwnCertificate() {
    Built built =
        Drafts.apply(contoso().separateAvAuthentication().build(), new ExternalUsageRule(), rule);
    assertThat(built.external().usages())
        .containsExactly(UsageType.ACCESS_EDGE_EXTERNAL, UsageType.DATA_EDGE_EXTERNAL);
    assertThat(built.get(CertificateRole.AV_AUTHENTICATION).usages())
        .containsExactly(UsageType.AUDIO_VIDEO_AUTHENTICATION);
    assertThat(built.get(CertificateRole.AV_AUTHENTICATION).notes())
        .containsExactly(
            "The A/V Authentication service ignores subject and SAN (AV-003); reusing the Access "
                + "Edge name is a safe default");
    assertThat(built.external().notes()).isEmpty();
  }

  @Test
  void givenTheDefault_plan_hasNoAvCertificate() {
    assertThat(rule.appliesTo(contoso().build())).isFalse();
    assertThat(Drafts.apply(contoso().build(), rule).certificates()).hasSize(2);
  }
}
