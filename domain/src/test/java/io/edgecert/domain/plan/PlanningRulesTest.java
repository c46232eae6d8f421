package io.edgecert.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.advisories.AdvisoryRules;
import io.edgecert.domain.plan.rules.PlanningRules;
import org.junit.jupiter.api.Test;

class PlanningRulesTest {

  @Test
  void everyPlanningRule_hasItsOwnCatalogueId() {
    assertThat(PlanningRules.ALL)
        .extracting(PlanningRule::id)
        .doesNotHaveDuplicates()
        .doesNotContainNull();
  }

  @Test
  void everyAdvisory_hasItsOwnCatalogueId() {
    assertThat(AdvisoryRules.ALL)
        .extracting(AdvisoryRule::id)
        .doesNotHaveDuplicates()
        .doesNotContainNull();
  }
}
