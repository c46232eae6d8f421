package io.edgecert.domain.planning;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.CertificateAuthorityKind;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.plan.advisories.AdvisoryRules;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.KeyAlgorithm;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The planner itself: every advisory that speaks reaches the plan, and every CA kind is chosen. */
class PlannerTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  @Test
  void givenAnEcKey_plan_carriesEveryAdvisoryTheRulesGiveInTheirOrder() {
    Topology topology = contoso().key(KeyAlgorithm.ECDH_P256, 0).build();

    CertificatePlan plan = Planner.plan(topology, AS_OF);

    assertThat(plan.advisories())
        .isNotEmpty()
        .containsExactlyElementsOf(
            AdvisoryRules.ALL.stream()
                .map(rule -> rule.advise(topology, AS_OF))
                .flatMap(Optional::stream)
                .toList());
    assertThat(plan.advisories()).extracting(Advisory::rule).contains(RuleId.GEN_KEY_003);
    assertThat(plan.advisories())
        .filteredOn(advisory -> advisory.rule() == RuleId.GEN_KEY_003)
        .singleElement()
        .satisfies(advisory -> assertThat(advisory.message()).startsWith("ECDH_P256 keys"));
  }

  @Test
  void givenAnyTopology_plan_namesTheCaKindOfEachCertificateAndItsDate() {
    CertificatePlan plan = Planner.plan(contoso().separateAvAuthentication().build(), AS_OF);

    assertThat(plan.asOf()).isEqualTo(AS_OF);
    assertThat(plan.certificates())
        .extracting(PlannedCertificate::id, PlannedCertificate::certificateAuthority)
        .containsExactlyInAnyOrder(
            tuple(CertificateRole.EXTERNAL, CertificateAuthorityKind.PUBLIC),
            tuple(CertificateRole.AV_AUTHENTICATION, CertificateAuthorityKind.PUBLIC),
            tuple(CertificateRole.INTERNAL, CertificateAuthorityKind.PUBLIC_OR_PRIVATE));
  }
}
