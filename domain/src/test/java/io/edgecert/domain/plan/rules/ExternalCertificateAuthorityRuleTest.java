package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.CertificateAuthorityKind;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("EXT-CA-001")
class ExternalCertificateAuthorityRuleTest {
  private final ExternalCertificateAuthorityRule rule = new ExternalCertificateAuthorityRule();

  @Test
  void givenDecoupledAv_plan_asksAPublicCaForBothExternalCertificates() {
    Built built =
        Drafts.apply(
            contoso().separateAvAuthentication().build(),
            new InternalCertificateAuthorityRule(),
            rule);
    assertThat(built.external().certificateAuthority()).isEqualTo(CertificateAuthorityKind.PUBLIC);
    assertThat(built.get(CertificateRole.AV_AUTHENTICATION).certificateAuthority())
        .isEqualTo(CertificateAuthorityKind.PUBLIC);
    assertThat(built.internal().certificateAuthority())
        .isEqualTo(CertificateAuthorityKind.PUBLIC_OR_PRIVATE);
  }

  @Test
  void givenNoCaRule_draft_choosesNoCaKind_soTheRuleIsWhatMakesExternalCertificatesPublic() {
    Built without = Drafts.apply(contoso().separateAvAuthentication().build());
    Built with = Drafts.apply(contoso().separateAvAuthentication().build(), rule);

    assertThat(without.external().certificateAuthority()).isNull();
    assertThat(without.get(CertificateRole.AV_AUTHENTICATION).certificateAuthority()).isNull();
    assertThat(with.external().certificateAuthority()).isEqualTo(CertificateAuthorityKind.PUBLIC);
    assertThat(with.get(CertificateRole.AV_AUTHENTICATION).certificateAuthority())
        .isEqualTo(CertificateAuthorityKind.PUBLIC);
    assertThat(with.internal().certificateAuthority()).isNull();
  }
}
