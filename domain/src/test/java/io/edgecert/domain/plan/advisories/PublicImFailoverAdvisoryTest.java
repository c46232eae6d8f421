package io.edgecert.domain.plan.advisories;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.AdvisoryLevel;
import io.edgecert.domain.topology.PublicImProvider;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("PIC-005")
class PublicImFailoverAdvisoryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private final PublicImFailoverAdvisory advisory = new PublicImFailoverAdvisory();

  @Test
  void givenPublicImOnADnsPool_advise_informsOfNoFailover() {
    assertThat(
            advisory.advise(contoso().scaledDns().publicIm(PublicImProvider.YAHOO).build(), TODAY))
        .hasValueSatisfying(a -> assertThat(a.severity()).isEqualTo(AdvisoryLevel.INFO));
  }

  @Test
  void givenPublicImBehindHlbOrOnASingleEdge_advise_saysNothing() {
    assertThat(
            advisory.advise(contoso().scaledHlb().publicIm(PublicImProvider.YAHOO).build(), TODAY))
        .isEmpty();
    assertThat(advisory.advise(contoso().single().publicIm(PublicImProvider.YAHOO).build(), TODAY))
        .isEmpty();
    assertThat(advisory.advise(contoso().scaledDns().build(), TODAY)).isEmpty();
  }
}
