package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.topology.PublicImProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("EXT-EKU-002")
@Tag("PIC-002")
class ClientEkuForAolRuleTest {
  private final ClientEkuForAolRule rule = new ClientEkuForAolRule();

  @Test
  void givenAol_plan_addsClientAuthToTheAccessEdgeCertificateOnly() {
    Built built =
        Drafts.apply(
            contoso().publicIm(PublicImProvider.AOL).separateAvAuthentication().build(),
            new ExternalUsageRule(),
            new AvDecouplingRule(),
            new ServerAuthenticationRule(),
            rule);
    assertThat(built.external().extendedKeyUsages())
        .containsExactly(ExtendedKeyUsage.SERVER_AUTH, ExtendedKeyUsage.CLIENT_AUTH);
    assertThat(built.get(CertificateRole.AV_AUTHENTICATION).extendedKeyUsages())
        .containsExactly(ExtendedKeyUsage.SERVER_AUTH);
    assertThat(built.internal().extendedKeyUsages()).doesNotContain(ExtendedKeyUsage.CLIENT_AUTH);
    assertThat(built.external().notes()).anyMatch(n -> n.contains("-ClientEku $true"));
  }

  @Test
  void givenYahooOrWindowsLiveOnly_rule_doesNotApply() {
    assertThat(
            rule.appliesTo(
                contoso().publicIm(PublicImProvider.YAHOO, PublicImProvider.WINDOWS_LIVE).build()))
        .isFalse();
  }
}
