package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import io.edgecert.domain.plan.PlannedSan;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.XmppSanStyle;
import io.edgecert.domain.work.WorkBudget;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("XMPP-001")
@Tag("XMPP-002")
@Tag("XMPP-004")
class XmppSanRuleTest {
  private final XmppSanRule rule = new XmppSanRule();

  @Test
  void givenDomainStyle_plan_placesEachXmppDomainAfterItsSipDomain() {
    Built built =
        Drafts.apply(
            contoso().xmpp(XmppSanStyle.DOMAIN, "fabrikam.com", "corp.contoso.com").build(),
            new SipDomainSanRule(),
            rule);
    assertThat(built.external().dnsNames())
        .containsExactly("sip.contoso.com", "corp.contoso.com", "sip.fabrikam.com", "fabrikam.com");
  }

  @Test
  void givenDomainStyle_plan_saysWhetherEachXmppDomainIsASipDomainOrAChildOfOne() {
    Built built =
        Drafts.apply(
            contoso().xmpp(XmppSanStyle.DOMAIN, "fabrikam.com", "corp.contoso.com").build(), rule);

    assertThat(built.external().subjectAlternativeNames())
        .filteredOn(san -> san.rules().contains(RuleId.XMPP_001))
        .extracting(PlannedSan::dnsName, PlannedSan::reasons)
        .containsExactly(
            tuple(
                "corp.contoso.com",
                List.of(
                    "XMPP federation namespace corp.contoso.com (child domain: its users only)")),
            tuple(
                "fabrikam.com",
                List.of("XMPP federation namespace fabrikam.com (root domain: every user of it)")));
  }

  @Test
  void givenSipAndXmppDomains_plan_stepsOncePerSipDomainAndOncePerLabelOfEachXmppDomain() {
    // two SIP domains (contoso.com, fabrikam.com); fabrikam.com has 2 labels, corp.contoso.com 3
    try (WorkBudget budget = WorkBudget.counting()) {
      Drafts.apply(
          contoso().xmpp(XmppSanStyle.DOMAIN, "fabrikam.com", "corp.contoso.com").build(), rule);

      assertThat(budget.steps()).isEqualTo(2 + 2 + 3);
    }
  }

  @Test
  void givenAnXmppDomainUnderNoSipDomain_plan_putsItLast() {
    Built built =
        Drafts.apply(
            contoso().xmpp(XmppSanStyle.DOMAIN, "litware.com", "contoso.com").build(),
            new SipDomainSanRule(),
            rule);
    assertThat(built.external().dnsNames())
        .containsExactly("sip.contoso.com", "contoso.com", "sip.fabrikam.com", "litware.com");
  }

  @Test
  void givenHostAndWildcard_plan_addsXmppHostAndPutsTheWildcardAfterEveryExplicitName() {
    Built built =
        Drafts.apply(
            contoso().xmpp(XmppSanStyle.HOST_AND_WILDCARD, "contoso.com").build(),
            new SipDomainSanRule(),
            rule);
    assertThat(built.external().dnsNames())
        .containsExactly(
            "sip.contoso.com", "xmpp.contoso.com", "sip.fabrikam.com", "*.contoso.com");
    assertThat(built.external().subjectAlternativeNames().get(1).rules())
        .containsExactly(RuleId.XMPP_004);
  }

  @Test
  void givenNoXmpp_rule_doesNotApply() {
    assertThat(rule.appliesTo(contoso().build())).isFalse();
  }
}
