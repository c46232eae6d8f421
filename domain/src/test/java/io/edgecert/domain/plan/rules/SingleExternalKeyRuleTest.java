package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import io.edgecert.domain.topology.Product;
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
    assertThat(built.external().notes()).anyMatch(n -> n.contains("AMB-04"));
  }
}
