package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import io.edgecert.domain.rules.RuleId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("EXT-SAN-004")
@Tag("SIPDOM-001")
class SipDomainSanRuleTest {
  private final SipDomainSanRule rule = new SipDomainSanRule();

  @Test
  void givenTwoSipDomains_plan_addsSipDotEachInOrder() {
    Built built =
        Drafts.apply(
            contoso().sipDomains("contoso.com", "fabrikam.com", "litware.com").build(), rule);
    assertThat(built.external().dnsNames())
        .containsExactly("sip.contoso.com", "sip.fabrikam.com", "sip.litware.com");
    assertThat(built.external().subjectAlternativeNames().get(0).reasons().get(0))
        .startsWith("primary SIP domain contoso.com");
  }

  @Test
  void givenADomainInCapitals_plan_namesItAsWrittenAndPlansTheNameInLowerCase() {
    Built built = Drafts.apply(contoso().sipDomains("Contoso.COM").build(), rule);
    assertThat(built.external().dnsNames()).containsExactly("sip.contoso.com");
    assertThat(built.external().subjectAlternativeNames().get(0).reasons())
        .containsExactly(
            "primary SIP domain Contoso.COM: external sign-in and federation"
                + " (_sip._tls and _sipfederationtls._tcp target sip.Contoso.COM)");
  }

  @Test
  void givenAccessEdgeNamedSipDotPrimary_plan_listsItOnceWithBothReasons() {
    Built built = Drafts.apply(contoso().build(), new AccessEdgeSanRule(), rule);
    assertThat(built.external().dnsNames()).containsExactly("sip.contoso.com", "sip.fabrikam.com");
    assertThat(built.external().subjectAlternativeNames().get(0).rules())
        .containsExactly(RuleId.EXT_SAN_002, RuleId.EXT_SAN_004);
  }
}
