package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import io.edgecert.domain.topology.Product;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("EXT-KEY-003")
class OffEdgeRequestKeyRuleTest {
  private final OffEdgeRequestKeyRule rule = new OffEdgeRequestKeyRule();

  @Test
  void givenRequestMadeOffTheEdge_plan_makesEveryKeyExportable() {
    Built built =
        Drafts.apply(contoso().product(Product.SFB_2019).requestedOffEdge().build(), rule);
    assertThat(built.certificates()).allMatch(c -> c.privateKeyExportable());
  }

  @Test
  void givenRequestOnTheEdge_rule_doesNotApply() {
    assertThat(rule.appliesTo(contoso().build())).isFalse();
  }
}
