package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import io.edgecert.domain.topology.Product;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("HLB-003")
class HardwareLoadBalancerNamesRuleTest {
  private final HardwareLoadBalancerNamesRule rule = new HardwareLoadBalancerNamesRule();

  @Test
  void givenHlb_plan_notesTheVipNamesAndThePageLabel() {
    Built built = Drafts.apply(contoso().scaledHlb().build(), rule);
    assertThat(built.external().notes())
        .anyMatch(n -> n.contains("VIP FQDNs"))
        .anyMatch(n -> n.contains("AMB-10"));
  }

  @Test
  void givenSkypeForBusiness_plan_hasNoLyncPageLabelNote() {
    Built built = Drafts.apply(contoso().product(Product.SFB_2015).scaledHlb().build(), rule);
    assertThat(built.external().notes())
        .anyMatch(n -> n.contains("VIP FQDNs"))
        .noneMatch(n -> n.contains("AMB-10"));
  }

  @Test
  void givenDnsLoadBalancing_rule_doesNotApply() {
    assertThat(rule.appliesTo(contoso().scaledDns().build())).isFalse();
  }
}
