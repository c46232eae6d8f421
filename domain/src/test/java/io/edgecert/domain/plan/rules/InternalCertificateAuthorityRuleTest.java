package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.CertificateAuthorityKind;
import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("INT-CA-001")
class InternalCertificateAuthorityRuleTest {
  private final InternalCertificateAuthorityRule rule = new InternalCertificateAuthorityRule();

  @Test
  void givenAnyTopology_plan_acceptsAPublicOrPrivateCaForTheInternalCertificate() {
    Built built = Drafts.apply(contoso().build(), rule);
    assertThat(built.internal().certificateAuthority())
        .isEqualTo(CertificateAuthorityKind.PUBLIC_OR_PRIVATE);
    assertThat(built.internal().notes())
        .anyMatch(n -> n.contains("internal enterprise CA is recommended"));
  }
}
