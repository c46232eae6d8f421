package io.edgecert.domain.plan.advisories;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryLevel;
import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.planning.Planner;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.rules.Severity;
import io.edgecert.domain.topology.KeyAlgorithm;
import io.edgecert.domain.topology.Product;
import io.edgecert.domain.topology.PublicImProvider;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.XmppSanStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every advisory a plan can carry speaks at its rule's catalogue severity, so that {@code edgecert
 * rules X} and {@code plan} agree (issue 16): a should-rule warns, an info-rule informs, and a
 * must-rule advises only where its catalogue note says it warns (WILD-002's host-and-wildcard XMPP
 * style). The topologies below make every advisory of {@link AdvisoryRules#ALL} speak, before and
 * after each of their dates; a new advisory fails here until a topology makes it speak.
 */
class AdvisorySeverityAgreementTest {
  private static final List<LocalDate> DATES =
      List.of(LocalDate.of(2013, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2028, 1, 1));

  private static List<Topology> topologies() {
    List<String> fourteen =
        IntStream.rangeClosed(1, 14).mapToObj(i -> "edge" + i + ".contoso.net").toList();
    return List.of(
        contoso().build(),
        contoso().product(Product.SFB_2015).single().build(),
        contoso()
            .scaledDns()
            .publicIm(PublicImProvider.AOL, PublicImProvider.YAHOO, PublicImProvider.WINDOWS_LIVE)
            .build(),
        contoso().xmpp(XmppSanStyle.HOST_AND_WILDCARD, "contoso.com").build(),
        contoso().xmpp(XmppSanStyle.DOMAIN, "contoso.com").build(),
        contoso().key(KeyAlgorithm.ECDH_P256, 256).build(),
        contoso().key(KeyAlgorithm.RSA, 1024).build(),
        contoso().key(KeyAlgorithm.RSA, 3072).build(),
        contoso().product(Product.SFB_2019).scaledDns().servers(fourteen).build(),
        contoso().scaledDns().separateAvAuthentication().build(),
        contoso().onlineSipDomains("Contoso.onmicrosoft.com", "litware.com").build());
  }

  @Test
  void everyAdvisoryOfAPlan_speaksAtItsRulesCatalogueSeverity() {
    List<Advisory> advisories = new ArrayList<>();
    for (Topology topology : topologies()) {
      for (LocalDate asOf : DATES) {
        advisories.addAll(Planner.plan(topology, asOf).advisories());
      }
    }

    Set<RuleId> spoke = advisories.stream().map(Advisory::rule).collect(Collectors.toSet());
    Set<RuleId> advising =
        AdvisoryRules.ALL.stream().map(AdvisoryRule::id).collect(Collectors.toSet());
    assertThat(spoke).as("rules whose advisory these topologies made speak").isEqualTo(advising);
    assertThat(advisories)
        .allSatisfy(
            advisory ->
                assertThat(advisory.severity())
                    .as(
                        "%s (%s in the catalogue): %s",
                        advisory.rule(), advisory.rule().severity().code(), advisory.message())
                    .isEqualTo(expected(advisory.rule())));
  }

  @Test
  void aMustRulesAdvisory_isOnlyOneItsCatalogueNoteAllows() {
    Set<RuleId> mustAdvisories = EnumSet.noneOf(RuleId.class);
    AdvisoryRules.ALL.stream()
        .map(AdvisoryRule::id)
        .filter(rule -> rule.severity() == Severity.MUST)
        .forEach(mustAdvisories::add);

    assertThat(mustAdvisories).containsExactly(RuleId.WILD_002);
    assertThat(RuleId.WILD_002.severityNote()).contains("then a warning");
  }

  /** The level a rule's advisory must have: its catalogue severity, or the note's for a must. */
  private static AdvisoryLevel expected(RuleId rule) {
    if (rule.severity() == Severity.MUST) {
      assertThat(rule.severityNote()).as(rule + "'s catalogue note").contains("a warning");
      return AdvisoryLevel.WARNING;
    }
    return rule.severity() == Severity.SHOULD ? AdvisoryLevel.WARNING : AdvisoryLevel.INFO;
  }
}
