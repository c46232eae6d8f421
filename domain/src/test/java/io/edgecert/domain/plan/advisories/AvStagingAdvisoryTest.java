package io.edgecert.domain.plan.advisories;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ROLL-002")
@Tag("ROLL-005")
class AvStagingAdvisoryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private final AvStagingAdvisory advisory = new AvStagingAdvisory();

  @Test
  void givenDecoupledAvInAPool_advise_explainsStagingOnEveryMember() {
    assertThat(advisory.advise(contoso().scaledDns().separateAvAuthentication().build(), TODAY))
        .hasValueSatisfying(
            a ->
                assertThat(a.message())
                    .contains("-Roll -EffectiveDate")
                    .contains("every Edge Server of the pool"));
  }

  @Test
  void givenCoupledAv_advise_saysNothing() {
    assertThat(advisory.advise(contoso().scaledDns().build(), TODAY)).isEmpty();
  }
}
