package io.edgecert.domain.plan.advisories;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.topology.XmppSanStyle;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("EXT-DEPLOY-001")
class XmppRestartAdvisoryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private final XmppRestartAdvisory advisory = new XmppRestartAdvisory();

  @Test
  void givenXmpp_advise_saysToRestartTheEdgeServices() {
    assertThat(advisory.advise(contoso().xmpp(XmppSanStyle.DOMAIN, "contoso.com").build(), TODAY))
        .hasValueSatisfying(a -> assertThat(a.message()).contains("Stop-CsWindowsService"));
    assertThat(advisory.advise(contoso().build(), TODAY)).isEmpty();
  }
}
