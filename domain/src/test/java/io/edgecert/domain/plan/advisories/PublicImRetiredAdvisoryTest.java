package io.edgecert.domain.plan.advisories;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.AdvisoryLevel;
import java.time.LocalDate;
import io.edgecert.domain.topology.PublicImProvider;
import org.junit.jupiter.api.Test;

class PublicImRetiredAdvisoryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private final PublicImRetiredAdvisory advisory = new PublicImRetiredAdvisory();

  @Test
  void givenAolAfterTheEnd_advise_warnsThatItEnded() {
    assertThat(advisory.advise(contoso().publicIm(PublicImProvider.AOL).build(), TODAY))
        .hasValueSatisfying(a -> {
          assertThat(a.severity()).isEqualTo(AdvisoryLevel.WARNING);
          assertThat(a.message()).startsWith("AOL public IM connectivity ended on 2014-06-30");
        });
  }

  @Test
  void givenAolAndYahooOnTheLastDay_advise_warns() {
    assertThat(advisory.advise(contoso().publicIm(PublicImProvider.AOL, PublicImProvider.YAHOO).build(),
        LocalDate.of(2014, 6, 30))).hasValueSatisfying(a -> {
          assertThat(a.severity()).isEqualTo(AdvisoryLevel.WARNING);
          assertThat(a.message()).startsWith("AOL and Yahoo! public IM");
        });
  }

  @Test
  void givenYahooTheDayBefore_advise_onlyInforms() {
    assertThat(advisory.advise(contoso().publicIm(PublicImProvider.YAHOO).build(), LocalDate.of(2014, 6, 29)))
        .hasValueSatisfying(a -> assertThat(a.severity()).isEqualTo(AdvisoryLevel.INFO));
  }

  @Test
  void givenWindowsLiveOnly_advise_notesTheMoveToSkype() {
    assertThat(advisory.advise(contoso().publicIm(PublicImProvider.WINDOWS_LIVE).build(), TODAY))
        .hasValueSatisfying(a -> assertThat(a.message()).contains("Skype"));
  }

  @Test
  void givenNoPublicIm_advise_saysNothing() {
    assertThat(advisory.advise(contoso().build(), TODAY)).isEmpty();
  }
}
