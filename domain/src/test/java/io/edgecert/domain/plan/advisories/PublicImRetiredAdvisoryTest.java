package io.edgecert.domain.plan.advisories;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.AdvisoryLevel;
import io.edgecert.domain.topology.PublicImProvider;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("PIC-004")
class PublicImRetiredAdvisoryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private final PublicImRetiredAdvisory advisory = new PublicImRetiredAdvisory();

  @Test
  void givenAolAfterTheEnd_advise_saysThatItEnded() {
    assertThat(advisory.advise(contoso().publicIm(PublicImProvider.AOL).build(), TODAY))
        .hasValueSatisfying(
            a -> {
              assertThat(a.severity()).isEqualTo(AdvisoryLevel.INFO);
              assertThat(a.message()).startsWith("AOL public IM connectivity ended on 2014-06-30");
            });
  }

  @Test
  void givenAolAndYahooOnTheLastDay_advise_saysTheyEnded() {
    assertThat(
            advisory.advise(
                contoso().publicIm(PublicImProvider.AOL, PublicImProvider.YAHOO).build(),
                LocalDate.of(2014, 6, 30)))
        .hasValueSatisfying(
            a -> {
              assertThat(a.severity()).isEqualTo(AdvisoryLevel.INFO);
              assertThat(a.message()).startsWith("AOL and Yahoo! public IM");
            });
  }

  @Test
  void givenYahooAloneAfterTheEnd_advise_asksToDropIt_withoutAolsClientEku() {
    assertThat(advisory.advise(contoso().publicIm(PublicImProvider.YAHOO).build(), TODAY))
        .hasValueSatisfying(
            a ->
                assertThat(a.message())
                    .isEqualTo(
                        "Yahoo! public IM connectivity ended on 2014-06-30: it cannot be enabled"
                            + " any more, so drop it from federation.publicIm"));
    assertThat(advisory.advise(contoso().publicIm(PublicImProvider.AOL).build(), TODAY))
        .hasValueSatisfying(
            a ->
                assertThat(a.message())
                    .isEqualTo(
                        "AOL public IM connectivity ended on 2014-06-30: it cannot be enabled any"
                            + " more, so drop it from federation.publicIm (and with AOL the client"
                            + " EKU it needs)"));
  }

  @Test
  void givenYahooTheDayBefore_advise_givesTheEnd() {
    assertThat(
            advisory.advise(
                contoso().publicIm(PublicImProvider.YAHOO).build(), LocalDate.of(2014, 6, 29)))
        .hasValueSatisfying(a -> assertThat(a.severity()).isEqualTo(AdvisoryLevel.INFO));
  }

  @Test
  void givenWindowsLiveAfterSkypeRetired_advise_saysThatItEnded() {
    assertThat(advisory.advise(contoso().publicIm(PublicImProvider.WINDOWS_LIVE).build(), TODAY))
        .hasValueSatisfying(
            a -> {
              assertThat(a.severity()).isEqualTo(AdvisoryLevel.INFO);
              assertThat(a.message())
                  .startsWith(
                      "Skype consumer (formerly Windows Live Messenger) public"
                          + " IM connectivity ended on 2025-05-05, when Microsoft retired consumer Skype: it"
                          + " cannot be enabled any more");
              assertThat(a.message()).doesNotContain("no certificate change is needed");
            });
  }

  @Test
  void givenWindowsLiveOnTheLastDayAndTheDayBefore_advise_saysEndedThenEnds() {
    var topology = contoso().publicIm(PublicImProvider.WINDOWS_LIVE).build();
    assertThat(advisory.advise(topology, LocalDate.of(2025, 5, 5)))
        .hasValueSatisfying(a -> assertThat(a.severity()).isEqualTo(AdvisoryLevel.INFO));
    assertThat(advisory.advise(topology, LocalDate.of(2025, 5, 4)))
        .hasValueSatisfying(
            a -> {
              assertThat(a.severity()).isEqualTo(AdvisoryLevel.INFO);
              assertThat(a.message())
                  .contains(
                      "ends on 2025-05-05",
                      "until then no certificate change is needed for it (PIC-003)");
            });
  }

  @Test
  void givenEveryProviderIn2020_advise_givesEachItsOwnDate() {
    var topology =
        contoso()
            .publicIm(PublicImProvider.AOL, PublicImProvider.YAHOO, PublicImProvider.WINDOWS_LIVE)
            .build();
    assertThat(advisory.advise(topology, LocalDate.of(2020, 1, 1)))
        .hasValueSatisfying(
            a -> {
              assertThat(a.severity()).isEqualTo(AdvisoryLevel.INFO);
              assertThat(a.message())
                  .isEqualTo(
                      "AOL and Yahoo! public IM connectivity ended on 2014-06-30:"
                          + " it cannot be enabled any more, so drop it from federation.publicIm (and with AOL the"
                          + " client EKU it needs); Skype consumer (formerly Windows Live Messenger) public IM"
                          + " connectivity ends on 2025-05-05, when Microsoft retires consumer Skype; until then no"
                          + " certificate change is needed for it (PIC-003)");
            });
  }

  @Test
  void givenNoPublicIm_advise_saysNothing() {
    assertThat(advisory.advise(contoso().build(), TODAY)).isEmpty();
  }
}
