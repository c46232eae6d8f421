package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import io.edgecert.domain.topology.Product;
import io.edgecert.domain.topology.Topology;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("EXT-KEY-002")
class SingleExternalKeyRuleTest {
  private final SingleExternalKeyRule rule = new SingleExternalKeyRule();

  @Test
  void givenSingleLync2013Edge_plan_requiresAnExportableExternalKey() {
    Built built = Drafts.apply(contoso().single().build(), rule);
    assertThat(built.external().privateKeyExportable()).isTrue();
    assertThat(built.external().sharedByPoolMembers()).isFalse();
  }

  @Test
  void givenSingleSkypeForBusinessEdge_plan_onlyRecommendsIt() {
    Built built = Drafts.apply(contoso().product(Product.SFB_2015).single().build(), rule);
    assertThat(built.external().privateKeyExportable()).isFalse();
    assertThat(built.external().notes())
        .containsExactly(
            "An exportable private key is recommended, not required, on a single Skype for "
                + "Business Edge (AMB-04)");
  }

  @Test
  void givenASkypeForBusinessPool_rule_doesNotApply_soNoPlanSaysASingleEdgeMayKeepItsKey() {
    Topology pool = contoso().product(Product.SFB_2015).scaledDns().build();

    assertThat(rule.appliesTo(pool)).isFalse();
    assertThat(Drafts.apply(pool, rule).external().notes()).isEmpty();
  }
}
