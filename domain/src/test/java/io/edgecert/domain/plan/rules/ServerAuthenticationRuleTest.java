package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("GEN-EKU-001")
class ServerAuthenticationRuleTest {
  private final ServerAuthenticationRule rule = new ServerAuthenticationRule();

  @Test
  void givenAnyTopology_plan_putsServerAuthOnEveryCertificate() {
    Built built = Drafts.apply(contoso().separateAvAuthentication().build(), rule);
    assertThat(built.certificates())
        .hasSize(3)
        .allSatisfy(
            c -> assertThat(c.extendedKeyUsages()).containsExactly(ExtendedKeyUsage.SERVER_AUTH));
  }
}
