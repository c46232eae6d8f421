package io.edgecert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.certificate.KeyProvider;
import io.edgecert.domain.plan.AdvisoryLevel;
import io.edgecert.domain.plan.CertificateAuthorityKind;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.probe.TlsVersion;
import io.edgecert.domain.topology.Addressing;
import io.edgecert.domain.topology.Product;
import io.edgecert.domain.topology.PublicImProvider;
import io.edgecert.domain.topology.XmppSanStyle;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The codes an admin writes in a topology and reads in JSON and text reports, each value as the
 * documentation spells it, and parsed back without case.
 */
class CodesTest {

  @Test
  void theTopologysValues_areSpelledAsTheTopologyFileWritesThem() {
    assertThat(Coded.choices(Product.class)).isEqualTo("lync-2013 | sfb-2015 | sfb-2019");
    assertThat(Coded.choices(Addressing.class)).isEqualTo("public | nat");
    assertThat(Coded.choices(PublicImProvider.class)).isEqualTo("aol | yahoo | windows-live");
    assertThat(Coded.choices(XmppSanStyle.class)).isEqualTo("domain | host-and-wildcard");
    assertThat(Coded.parse(XmppSanStyle.class, "Host-And-Wildcard"))
        .contains(XmppSanStyle.HOST_AND_WILDCARD);
    assertThat(Coded.parse(Product.class, "SFB-2019")).contains(Product.SFB_2019);
    assertThat(Coded.parse(Product.class, "sfb-2016")).isEmpty();
  }

  @Test
  void thePlansAndReportsValues_areSpelledAsTheJsonWritesThem() {
    assertThat(Coded.choices(FindingStatus.class))
        .isEqualTo("pass | fail | warn | not-applicable | not-yet-effective");
    assertThat(Coded.choices(Verdict.class)).isEqualTo("pass | fail");
    assertThat(Coded.choices(AdvisoryLevel.class)).isEqualTo("warning | info");
    assertThat(Coded.choices(CertificateAuthorityKind.class))
        .isEqualTo("public | public-or-private");
    assertThat(Coded.choices(KeyProvider.class)).isEqualTo("csp | cng | unknown");
    assertThat(Coded.choices(ExtendedKeyUsage.class)).isEqualTo("serverAuth | clientAuth");
  }

  @Test
  void aTlsVersion_isShownByItsNumber_andOfferedByItsWireCode() {
    assertThat(Coded.choices(TlsVersion.class)).isEqualTo("1.0 | 1.1 | 1.2 | 1.3");
    assertThat(TlsVersion.TLS_1_0.wire()).isEqualTo(0x0301);
    assertThat(TlsVersion.TLS_1_2.wire()).isEqualTo(0x0303);
    assertThat(TlsVersion.TLS_1_3.wire()).isEqualTo(0x0304);
    assertThat(TlsVersion.TLS_1_2.label()).isEqualTo("TLS 1.2");
  }

  @Test
  void anExtendedKeyUsage_isFoundByItsOid_andAnOtherOidIsNot() {
    assertThat(ExtendedKeyUsage.byOid("1.3.6.1.5.5.7.3.2")).contains(ExtendedKeyUsage.CLIENT_AUTH);
    assertThat(ExtendedKeyUsage.byOid("1.3.6.1.5.5.7.3.1")).contains(ExtendedKeyUsage.SERVER_AUTH);
    assertThat(ExtendedKeyUsage.byOid("1.3.6.1.5.5.7.3.3")).isEmpty();
    assertThat(ExtendedKeyUsage.CLIENT_AUTH.displayName()).isEqualTo("Client Authentication");
  }

  @Test
  void aUsageType_isNamedAsTheCertificateWizardLabelsIt() {
    assertThat(UsageType.ACCESS_EDGE_EXTERNAL.typeName()).isEqualTo("AccessEdgeExternal");
    assertThat(UsageType.ACCESS_EDGE_EXTERNAL.wizardLabel()).isEqualTo("SIP Access Edge External");
    assertThat(UsageType.AUDIO_VIDEO_AUTHENTICATION.wizardLabel()).isEqualTo("A/V Edge External");
    assertThat(UsageType.INTERNAL.wizardLabel()).isEqualTo("Edge Internal");
  }
}
