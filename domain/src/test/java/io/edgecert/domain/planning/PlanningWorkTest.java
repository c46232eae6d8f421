package io.edgecert.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.plan.PlannedSan;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.TopologyBuilder;
import io.edgecert.domain.topology.XmppSanStyle;
import io.edgecert.domain.work.WorkBudget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Planning is linear in SIP x XMPP domains (issue 9 item 4: 5,000 x 10,000 took 12 s when each XMPP
 * domain was compared with every SIP domain). Proven with the work budget's step counter, not a
 * timer: four times the domains may cost four times the steps, never sixteen.
 */
class PlanningWorkTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  @Test
  void givenFourTimesTheDomains_planningTakesAboutFourTimesTheSteps() {
    long small = stepsFor(200);
    long large = stepsFor(800);

    assertThat(small).isPositive();
    assertThat(large).isLessThanOrEqualTo(small * 4 + small / 4);
  }

  @Test
  void givenManyDomains_eachXmppDomainStillGoesUnderItsFirstSipDomain() {
    CertificatePlan plan = Planner.plan(topology(50), AS_OF);

    List<String> names =
        external(plan).subjectAlternativeNames().stream().map(PlannedSan::dnsName).toList();
    assertThat(names.indexOf("chat8.sip8.example"))
        .isEqualTo(names.indexOf("sip.sip8.example") + 1);
    assertThat(names.indexOf("sip8.example")).isEqualTo(names.indexOf("sip.sip8.example") + 2);
    assertThat(names.indexOf("xmpp7.elsewhere.example"))
        .isGreaterThan(names.indexOf("sip.sip49.example"));
  }

  private static long stepsFor(int sipDomains) {
    Topology topology = topology(sipDomains);
    try (WorkBudget budget = WorkBudget.counting()) {
      Planner.plan(topology, AS_OF);
      return budget.steps();
    }
  }

  /**
   * N SIP domains and 2N XMPP domains: one below each SIP domain, the SIP domain itself, or none.
   */
  private static Topology topology(int n) {
    List<String> sip = new ArrayList<>();
    List<String> xmpp = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      sip.add("sip" + i + ".example");
    }
    for (int i = 0; i < n; i++) {
      xmpp.add("chat" + i + ".sip" + i + ".example");
      xmpp.add(i % 2 == 0 ? "sip" + i + ".example" : "xmpp" + i + ".elsewhere.example");
    }
    return TopologyBuilder.contoso()
        .sipDomains(sip.toArray(String[]::new))
        .xmpp(XmppSanStyle.DOMAIN, xmpp.toArray(String[]::new))
        .build();
  }

  private static PlannedCertificate external(CertificatePlan plan) {
    return plan.certificates().stream()
        .filter(c -> c.id() == CertificateRole.EXTERNAL)
        .findFirst()
        .orElseThrow();
  }
}
