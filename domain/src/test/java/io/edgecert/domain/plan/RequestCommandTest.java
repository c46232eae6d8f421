package io.edgecert.domain.plan;

import static io.edgecert.domain.plan.PlanAssertions.external;
import static io.edgecert.domain.plan.PlanAssertions.internal;
import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.topology.Product;
import io.edgecert.domain.topology.PublicImProvider;
import org.junit.jupiter.api.Test;

class RequestCommandTest {

  @Test
  void givenTheDefaultSingleEdge_plan_requestsTheThreeExternalUsagesWithEverySan() {
    assertThat(external(contoso().build()).requestCommand())
        .isEqualTo(
            "Request-CsCertificate -New -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication "
                + "-Output \"C:\\Certificates\\edge-external.req\" -FriendlyName \"External Edge Certificate\" "
                + "-KeySize 2048 -PrivateKeyExportable $true "
                + "-DomainName \"sip.contoso.com,webcon.contoso.com,sip.fabrikam.com\"");
  }

  @Test
  void givenAol_plan_asksForClientEkuWithATemplateThatAllowsIt() {
    assertThat(external(contoso().publicIm(PublicImProvider.AOL).build()).requestCommand())
        .contains("-ClientEku $true -Template \"<template that allows Client Authentication>\"");
  }

  @Test
  void givenNoAol_plan_leavesClientEkuOut() {
    assertThat(external(contoso().publicIm(PublicImProvider.YAHOO).build()).requestCommand())
        .doesNotContain("-ClientEku")
        .doesNotContain("-Template");
  }

  @Test
  void givenSingleSkypeEdge_plan_doesNotForceAnExportableKey() {
    assertThat(external(contoso().product(Product.SFB_2015).build()).requestCommand())
        .doesNotContain("-PrivateKeyExportable");
  }

  @Test
  void givenASingleEdge_plan_requestsTheInternalCertificateWithoutSan() {
    assertThat(internal(contoso().build()).requestCommand())
        .isEqualTo(
            "Request-CsCertificate -New -Type Internal -Output \"C:\\Certificates\\edge-internal.req\" "
                + "-FriendlyName \"Edge Internal Certificate\" -KeySize 2048");
  }

  @Test
  void givenAPool_plan_requestsAnExportableInternalKey() {
    assertThat(internal(contoso().scaledDns().build()).requestCommand())
        .contains("-Type Internal")
        .contains("-PrivateKeyExportable $true");
  }
}
