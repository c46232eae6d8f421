package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("INT-POOL-001")
class PoolInternalKeyRuleTest {
  private final PoolInternalKeyRule rule = new PoolInternalKeyRule();

  @Test
  void givenPool_plan_sharesOneExportableInternalCertificate() {
    Built built = Drafts.apply(contoso().scaledDns().build(), rule);
    assertThat(built.internal().privateKeyExportable()).isTrue();
    assertThat(built.internal().sharedByPoolMembers()).isTrue();
    assertThat(built.internal().notes())
        .containsExactly(
            "Request it once, export it with its key and assign it on the internal "
                + "interface of every Edge Server of the pool");
  }

  @Test
  void givenSingleEdge_plan_leavesTheInternalKeyToTheAdmin() {
    Built built = Drafts.apply(contoso().single().build(), rule);
    assertThat(built.internal().privateKeyExportable()).isFalse();
    assertThat(built.internal().sharedByPoolMembers()).isFalse();
  }
}
