package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("SIPDOM-006")
class HybridSipDomainSanRuleTest {
  private final HybridSipDomainSanRule rule = new HybridSipDomainSanRule();

  @Test
  void givenOnlineOnlyDomains_plan_addsSipDotEachAfterTheOnPremisesOnes() {
    Built built =
        Drafts.apply(
            contoso().onlineSipDomains("litware.com").build(), rule, new SipDomainSanRule());
    assertThat(built.external().dnsNames())
        .containsExactly("sip.contoso.com", "sip.fabrikam.com", "sip.litware.com");
  }

  @Test
  void givenTheTenantOnmicrosoftDomain_plan_leavesItOutOfTheSans() {
    Built built =
        Drafts.apply(
            contoso().onlineSipDomains("contoso.onmicrosoft.com", "litware.com").build(),
            rule,
            new SipDomainSanRule());
    assertThat(built.external().dnsNames())
        .containsExactly("sip.contoso.com", "sip.fabrikam.com", "sip.litware.com");
  }

  @Test
  void givenTheTenantOnmicrosoftDomain_plan_notesWhyItHasNoSanInTheUsersSpelling() {
    Built built =
        Drafts.apply(
            contoso().onlineSipDomains("Contoso.onmicrosoft.com", "Litware.com").build(), rule);
    assertThat(built.external().notes())
        .contains(
            "Contoso.onmicrosoft.com is the tenant's onmicrosoft.com domain: an online SIP"
                + " domain that Microsoft serves, so the external certificate carries no sip.<domain>"
                + " name for it (SIPDOM-006)");
    assertThat(built.external().subjectAlternativeNames())
        .anySatisfy(
            san ->
                assertThat(san.reasons())
                    .contains("online-only SIP domain Litware.com (hybrid cloud consolidation)"));
  }

  @Test
  void givenNoOnlineDomains_rule_doesNotApply() {
    assertThat(rule.appliesTo(contoso().build())).isFalse();
  }
}
