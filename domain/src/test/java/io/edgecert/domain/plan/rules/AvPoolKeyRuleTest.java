package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import io.edgecert.domain.topology.Product;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("AV-005")
@Tag("AV-002")
class AvPoolKeyRuleTest {
  private final AvPoolKeyRule rule = new AvPoolKeyRule();

  @Test
  void givenDecoupledAv_plan_makesItsKeyExportable() {
    Built built =
        Drafts.apply(contoso().product(Product.SFB_2015).separateAvAuthentication().build(), rule);
    assertThat(built.get(CertificateRole.AV_AUTHENTICATION).privateKeyExportable()).isTrue();
    assertThat(built.external().privateKeyExportable()).isFalse();
  }
}
