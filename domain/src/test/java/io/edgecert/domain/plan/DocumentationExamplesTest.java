package io.edgecert.domain.plan;

import static io.edgecert.domain.plan.PlanAssertions.external;
import static io.edgecert.domain.plan.PlanAssertions.internal;
import static io.edgecert.domain.plan.PlanAssertions.planOf;
import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.topology.Addressing;
import io.edgecert.domain.topology.Product;
import io.edgecert.domain.topology.PublicImProvider;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.XmppSanStyle;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The worked examples of the reference (section b), one nested class per documentation page. */
class DocumentationExamplesTest {

  private static void assertStandardExternal(PlannedCertificate external, String label) {
    assertThat(external.component()).isEqualTo(label);
    assertThat(external.subjectName()).isEqualTo("sip.contoso.com");
    assertThat(external.dnsNames())
        .containsExactlyInAnyOrder("webcon.contoso.com", "sip.contoso.com", "sip.fabrikam.com");
    assertThat(external.extendedKeyUsages()).containsExactly(ExtendedKeyUsage.SERVER_AUTH);
    assertThat(external.certificateAuthority()).isEqualTo(CertificateAuthorityKind.PUBLIC);
    assertThat(external.usages())
        .containsExactly(
            UsageType.ACCESS_EDGE_EXTERNAL,
            UsageType.DATA_EDGE_EXTERNAL,
            UsageType.AUDIO_VIDEO_AUTHENTICATION);
  }

  private static void assertStandardInternal(PlannedCertificate internal, String label, String cn) {
    assertThat(internal.component()).isEqualTo(label);
    assertThat(internal.subjectName()).isEqualTo(cn);
    assertThat(internal.subjectAlternativeNames()).isEmpty();
    assertThat(internal.extendedKeyUsages()).containsExactly(ExtendedKeyUsage.SERVER_AUTH);
    assertThat(internal.certificateAuthority())
        .isEqualTo(CertificateAuthorityKind.PUBLIC_OR_PRIVATE);
    assertThat(internal.usages()).containsExactly(UsageType.INTERNAL);
  }

  private static void assertPublicImTable(Topology topology) {
    PlannedCertificate pic = external(topology);
    assertThat(pic.dnsNames())
        .containsExactly("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com");
    assertThat(pic.extendedKeyUsages())
        .containsExactly(ExtendedKeyUsage.SERVER_AUTH, ExtendedKeyUsage.CLIENT_AUTH);
  }

  private static void assertXmppTable(Topology topology) {
    PlannedCertificate xmpp = external(topology);
    assertThat(xmpp.subjectName()).isEqualTo("sip.contoso.com");
    assertThat(xmpp.dnsNames())
        .containsExactlyInAnyOrder(
            "webcon.contoso.com",
            "sip.contoso.com",
            "sip.fabrikam.com",
            "xmpp.contoso.com",
            "*.contoso.com");
    assertThat(xmpp.dnsNames()).last().isEqualTo("*.contoso.com");
  }

  @Nested
  class S01SipXmppAndPublicIm {
    @Test
    void givenXmppForBothDomainsAndAol_plan_matchesThePageInItsOrder() {
      PlannedCertificate external =
          external(
              contoso()
                  .xmpp(XmppSanStyle.DOMAIN, "contoso.com", "fabrikam.com")
                  .publicIm(PublicImProvider.AOL)
                  .build());

      assertThat(external.subjectName()).isEqualTo("sip.contoso.com");
      assertThat(external.dnsNames())
          .containsExactly(
              "sip.contoso.com",
              "webcon.contoso.com",
              "contoso.com",
              "sip.fabrikam.com",
              "fabrikam.com");
      assertThat(external.extendedKeyUsages())
          .containsExactly(ExtendedKeyUsage.SERVER_AUTH, ExtendedKeyUsage.CLIENT_AUTH);
      assertThat(external.certificateAuthority()).isEqualTo(CertificateAuthorityKind.PUBLIC);
    }

    @Test
    void givenXmppChildDomains_plan_replacesTheRootDomainWithTheChildren() {
      PlannedCertificate external =
          external(
              contoso()
                  .xmpp(
                      XmppSanStyle.DOMAIN,
                      "corp.contoso.com",
                      "finance.contoso.com",
                      "fabrikam.com")
                  .build());

      assertThat(external.dnsNames())
          .containsExactly(
              "sip.contoso.com",
              "webcon.contoso.com",
              "corp.contoso.com",
              "finance.contoso.com",
              "sip.fabrikam.com",
              "fabrikam.com");
    }
  }

  @Nested
  class S02SingleEdgeWithNat {
    @Test
    void givenSingleEdgeWithNat_plan_matchesTheTopologyTable() {
      Topology topology = contoso().single().addressing(Addressing.NAT).build();
      assertStandardExternal(external(topology), "Single consolidated Edge (External Edge)");
      assertStandardInternal(
          internal(topology), "Single consolidated Edge (Internal Edge)", "lsedge.contoso.net");
    }

    @Test
    void givenAol_plan_matchesThePublicImTable() {
      assertPublicImTable(contoso().single().publicIm(PublicImProvider.AOL).build());
    }

    @Test
    void givenHostAndWildcardXmpp_plan_matchesTheXmppTable() {
      assertXmppTable(
          contoso().single().xmpp(XmppSanStyle.HOST_AND_WILDCARD, "contoso.com").build());
    }
  }

  @Nested
  class S03SingleEdgeWithPublicAddresses {
    @Test
    void givenSingleEdgeWithPublicAddresses_plan_matchesTheTopologyTable() {
      Topology topology = contoso().single().addressing(Addressing.PUBLIC).build();
      assertStandardExternal(external(topology), "Single consolidated Edge (External Edge)");
      assertStandardInternal(
          internal(topology), "Single consolidated Edge (Internal Edge)", "lsedge.contoso.net");
      assertPublicImTable(
          contoso().addressing(Addressing.PUBLIC).publicIm(PublicImProvider.AOL).build());
      assertXmppTable(
          contoso()
              .addressing(Addressing.PUBLIC)
              .xmpp(XmppSanStyle.HOST_AND_WILDCARD, "contoso.com")
              .build());
    }
  }

  @Nested
  class S04AndS05ScaledDnsLoadBalanced {
    @Test
    void givenDnsPoolWithNat_plan_sharesExportableCertificatesAcrossMembers() {
      assertScaledDns(contoso().scaledDns().addressing(Addressing.NAT).build());
    }

    @Test
    void givenDnsPoolWithPublicAddresses_plan_isTheSameAsWithNat() {
      assertScaledDns(contoso().scaledDns().addressing(Addressing.PUBLIC).build());
    }

    private void assertScaledDns(Topology topology) {
      PlannedCertificate external = external(topology);
      assertStandardExternal(external, "Scaled consolidated Edge (External Edge)");
      assertThat(external.privateKeyExportable()).isTrue();
      assertThat(external.sharedByPoolMembers()).isTrue();
      PlannedCertificate internal = internal(topology);
      assertStandardInternal(
          internal, "Scaled consolidated Edge (Internal Edge)", "lsedge.contoso.net");
      assertThat(internal.privateKeyExportable()).isTrue();
      assertThat(internal.sharedByPoolMembers()).isTrue();
      assertPublicImTable(contoso().scaledDns().publicIm(PublicImProvider.AOL).build());
      assertXmppTable(
          contoso().scaledDns().xmpp(XmppSanStyle.HOST_AND_WILDCARD, "contoso.com").build());
    }
  }

  @Nested
  class S06ScaledWithHardwareLoadBalancers {
    @Test
    void givenHlbPool_plan_usesThePageLabelsAndSharesExportableCertificates() {
      Topology topology = contoso().scaledHlb().build();
      PlannedCertificate external = external(topology);
      assertStandardExternal(external, "Single consolidated Edge Server (External Edge)");
      assertThat(external.privateKeyExportable()).isTrue();
      assertThat(external.sharedByPoolMembers()).isTrue();
      assertStandardInternal(
          internal(topology),
          "Single consolidated Edge Server (Internal Edge)",
          "lsedge.contoso.net");
      assertPublicImTable(contoso().scaledHlb().publicIm(PublicImProvider.AOL).build());
      assertXmppTable(
          contoso().scaledHlb().xmpp(XmppSanStyle.HOST_AND_WILDCARD, "contoso.com").build());
    }
  }

  @Nested
  class S07XmppFederation {
    @Test
    void givenRootLevelXmppForContoso_plan_addsTheBareDomain() {
      PlannedCertificate external =
          external(contoso().xmpp(XmppSanStyle.DOMAIN, "contoso.com").build());
      assertThat(external.subjectName()).isEqualTo("sip.contoso.com");
      assertThat(external.dnsNames())
          .containsExactlyInAnyOrder(
              "webcon.contoso.com", "sip.contoso.com", "sip.fabrikam.com", "contoso.com");
    }
  }

  @Nested
  class S08PublicImConnectivity {
    @Test
    void givenAolYahooAndWindowsLive_plan_addsClientEkuToTheStandardCertificate() {
      assertPublicImTable(
          contoso()
              .publicIm(PublicImProvider.AOL, PublicImProvider.YAHOO, PublicImProvider.WINDOWS_LIVE)
              .build());
    }

    @Test
    void givenYahooOnly_plan_needsNoClientEku() {
      assertThat(external(contoso().publicIm(PublicImProvider.YAHOO).build()).extendedKeyUsages())
          .containsExactly(ExtendedKeyUsage.SERVER_AUTH);
    }
  }

  @Nested
  class S13ExternalUserAccess {
    @Test
    void givenThePageNames_plan_putsTheSubjectIntoTheSanBesideThePageExamples() {
      Topology topology =
          contoso().accessEdge("access.contoso.com").internal("lsedge.contoso.com").build();
      PlannedCertificate external = external(topology);
      assertThat(external.subjectName()).isEqualTo("access.contoso.com");
      assertThat(external.dnsNames())
          .containsExactlyInAnyOrder(
              "access.contoso.com", "sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com");
      assertThat(external.privateKeyExportable()).isTrue();
      assertThat(internal(topology).subjectName()).isEqualTo("lsedge.contoso.com");
    }
  }

  @Nested
  class S09PlanForEdgeCertificates {
    @Test
    void givenDefaultPool_plan_hasOneExternalAndOneInternalCertificateBothExportable() {
      CertificatePlan plan = planOf(contoso().scaledDns().build());
      assertThat(plan.certificates())
          .extracting(PlannedCertificate::id)
          .containsExactly(CertificateRole.EXTERNAL, CertificateRole.INTERNAL);
      assertThat(plan.certificates()).allMatch(PlannedCertificate::privateKeyExportable);
    }

    @Test
    void givenDecoupledAv_plan_hasTwoExternalCertificatesAndTheInternalOne() {
      CertificatePlan plan = planOf(contoso().scaledDns().separateAvAuthentication().build());
      assertThat(plan.certificates())
          .extracting(PlannedCertificate::id)
          .containsExactly(
              CertificateRole.EXTERNAL,
              CertificateRole.AV_AUTHENTICATION,
              CertificateRole.INTERNAL);
      PlannedCertificate av = plan.certificate(CertificateRole.AV_AUTHENTICATION).orElseThrow();
      assertThat(av.usages()).containsExactly(UsageType.AUDIO_VIDEO_AUTHENTICATION);
      assertThat(av.privateKeyExportable()).isTrue();
      assertThat(av.sharedByPoolMembers()).isTrue();
      assertThat(av.certificateAuthority()).isEqualTo(CertificateAuthorityKind.PUBLIC);
      assertThat(plan.certificate(CertificateRole.EXTERNAL).orElseThrow().usages())
          .containsExactly(UsageType.ACCESS_EDGE_EXTERNAL, UsageType.DATA_EDGE_EXTERNAL);
    }
  }

  @Nested
  class K1SkypeForBusinessEdgeCertificateTable {
    @Test
    void givenSfb2015_plan_matchesTheEdgeCertificateTableInItsOrder() {
      Topology topology =
          contoso().product(Product.SFB_2015).internal("sfbedge.contoso.com").build();
      PlannedCertificate external = external(topology);
      assertThat(external.component()).isEqualTo("External Edge");
      assertThat(external.subjectName()).isEqualTo("sip.contoso.com");
      assertThat(external.dnsNames())
          .containsExactly("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com");
      assertStandardInternal(internal(topology), "Internal Edge", "sfbedge.contoso.com");
    }

    @Test
    void givenSfb2015WithXmpp_plan_addsTheXmppHostAndWildcard() {
      PlannedCertificate external =
          external(
              contoso()
                  .product(Product.SFB_2015)
                  .xmpp(XmppSanStyle.HOST_AND_WILDCARD, "contoso.com")
                  .build());
      assertThat(external.dnsNames())
          .containsExactly(
              "sip.contoso.com",
              "webcon.contoso.com",
              "xmpp.contoso.com",
              "sip.fabrikam.com",
              "*.contoso.com");
    }

    @Test
    void givenSfbPool_plan_sharesOneCertificateAndKeyAcrossMembers() {
      PlannedCertificate external =
          external(contoso().product(Product.SFB_2019).scaledDns().build());
      assertThat(external.sharedByPoolMembers()).isTrue();
      assertThat(external.privateKeyExportable()).isTrue();
    }
  }
}
