package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import io.edgecert.domain.plan.UsageType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("INT-USAGE-001")
class InternalUsageRuleTest {
  private final InternalUsageRule rule = new InternalUsageRule();

  @Test
  void givenAnyTopology_plan_assignsTheInternalUsage() {
    Built built = Drafts.apply(contoso().build(), rule);
    assertThat(built.internal().usages()).containsExactly(UsageType.INTERNAL);
    assertThat(built.external().usages()).isEmpty();
  }
}
