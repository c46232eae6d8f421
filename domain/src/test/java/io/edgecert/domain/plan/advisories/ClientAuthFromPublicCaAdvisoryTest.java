package io.edgecert.domain.plan.advisories;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.AdvisoryLevel;
import io.edgecert.domain.topology.PublicImProvider;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("EXT-EKU-004")
class ClientAuthFromPublicCaAdvisoryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private final ClientAuthFromPublicCaAdvisory advisory = new ClientAuthFromPublicCaAdvisory();

  @Test
  void givenAolToday_advise_namesTheCasThatStoppedAndTheOneThatWill() {
    assertThat(advisory.advise(contoso().publicIm(PublicImProvider.AOL).build(), TODAY))
        .hasValueSatisfying(
            a -> {
              assertThat(a.severity()).isEqualTo(AdvisoryLevel.WARNING);
              assertThat(a.message())
                  .contains("already stopped: Let's Encrypt 2026-05-13, Sectigo 2026-05-15")
                  .contains("stopping: DigiCert 2027-03-01")
                  .contains("Chrome requires serverAuth-only leaves issued from 2027-03-15");
            });
  }

  @Test
  void givenTheDayBeforeTheFirstCutOff_advise_listsEveryCutOffAsComing() {
    assertThat(
            advisory.advise(
                contoso().publicIm(PublicImProvider.AOL).build(), LocalDate.of(2026, 5, 12)))
        .hasValueSatisfying(
            a ->
                assertThat(a.message())
                    .doesNotContain("already stopped")
                    .contains(
                        "stopping: Let's Encrypt 2026-05-13, Sectigo 2026-05-15, DigiCert 2027-03-01"));
  }

  @Test
  void givenTheChromeDate_advise_saysChromeRequiresIt() {
    assertThat(
            advisory.advise(
                contoso().publicIm(PublicImProvider.AOL).build(), LocalDate.of(2027, 3, 15)))
        .hasValueSatisfying(
            a ->
                assertThat(a.message())
                    .contains("Chrome has required")
                    .doesNotContain("stopping:"));
  }

  @Test
  void givenNoAol_advise_saysNothing() {
    assertThat(advisory.advise(contoso().publicIm(PublicImProvider.YAHOO).build(), TODAY))
        .isEmpty();
  }
}
