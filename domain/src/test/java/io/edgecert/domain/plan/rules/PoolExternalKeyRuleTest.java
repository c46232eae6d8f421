package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("EXT-KEY-001")
class PoolExternalKeyRuleTest {
  private final PoolExternalKeyRule rule = new PoolExternalKeyRule();

  @Test
  void givenPool_plan_makesExternalKeysExportableAndShared() {
    Built built = Drafts.apply(contoso().scaledHlb().separateAvAuthentication().build(), rule);
    assertThat(built.external().privateKeyExportable()).isTrue();
    assertThat(built.external().sharedByPoolMembers()).isTrue();
    assertThat(built.get(CertificateRole.AV_AUTHENTICATION).sharedByPoolMembers()).isTrue();
    assertThat(built.internal().privateKeyExportable()).isFalse();
    String sameThumbprint =
        "Export it with its private key and import and assign the identical certificate on "
            + "every Edge Server of the pool (same thumbprint)";
    assertThat(built.external().notes()).containsExactly(sameThumbprint);
    assertThat(built.get(CertificateRole.AV_AUTHENTICATION).notes())
        .containsExactly(sameThumbprint);
    assertThat(built.internal().notes()).isEmpty();
  }

  @Test
  void givenSingleEdge_rule_doesNotApply() {
    assertThat(rule.appliesTo(contoso().single().build())).isFalse();
  }
}
