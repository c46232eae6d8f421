package io.edgecert.domain.plan.advisories;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.topology.XmppSanStyle;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("WILD-002")
class WildcardXmppAdvisoryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private final WildcardXmppAdvisory advisory = new WildcardXmppAdvisory();

  @Test
  void givenHostAndWildcard_advise_warnsAboutTheWildcardSan() {
    assertThat(
            advisory.advise(
                contoso().xmpp(XmppSanStyle.HOST_AND_WILDCARD, "contoso.com").build(), TODAY))
        .hasValueSatisfying(a -> assertThat(a.message()).contains("*.<domain>"));
  }

  @Test
  void givenDomainStyle_advise_saysNothing() {
    assertThat(advisory.advise(contoso().xmpp(XmppSanStyle.DOMAIN, "contoso.com").build(), TODAY))
        .isEmpty();
  }
}
