package io.edgecert.domain.plan.advisories;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.AdvisoryLevel;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("FED-005")
class OcsFederationFailoverAdvisoryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private final OcsFederationFailoverAdvisory advisory = new OcsFederationFailoverAdvisory();

  @Test
  void givenFederationOnADnsPool_advise_informsAboutOcsPartners() {
    assertThat(advisory.advise(contoso().scaledDns().build(), TODAY))
        .hasValueSatisfying(a -> assertThat(a.severity()).isEqualTo(AdvisoryLevel.INFO));
  }

  @Test
  void givenNoFederationOrNoDnsPool_advise_saysNothing() {
    assertThat(advisory.advise(contoso().scaledDns().sipFederation(false).build(), TODAY))
        .isEmpty();
    assertThat(advisory.advise(contoso().scaledHlb().build(), TODAY)).isEmpty();
  }
}
