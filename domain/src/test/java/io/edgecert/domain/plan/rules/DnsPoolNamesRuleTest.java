package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("POOL-001")
class DnsPoolNamesRuleTest {
  private final DnsPoolNamesRule rule = new DnsPoolNamesRule();

  @Test
  void givenDnsPool_plan_notesThatOnlyPoolNamesAreCarried() {
    Built built = Drafts.apply(contoso().scaledDns().build(), rule);
    assertThat(built.internal().notes()).anyMatch(n -> n.contains("POOL-001"));
  }

  @Test
  void givenSingleOrHlb_rule_doesNotApply() {
    assertThat(rule.appliesTo(contoso().single().build())).isFalse();
    assertThat(rule.appliesTo(contoso().scaledHlb().build())).isFalse();
  }
}
