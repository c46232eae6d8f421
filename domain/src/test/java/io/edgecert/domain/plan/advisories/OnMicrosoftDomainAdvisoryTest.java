package io.edgecert.domain.plan.advisories;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.AdvisoryLevel;
import io.edgecert.domain.rules.RuleId;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("SIPDOM-006")
class OnMicrosoftDomainAdvisoryTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
  private final OnMicrosoftDomainAdvisory advisory = new OnMicrosoftDomainAdvisory();

  @Test
  void givenTheTenantDomain_advise_saysItIsLeftOutOfTheSans() {
    var topology = contoso().onlineSipDomains("Contoso.onmicrosoft.com", "litware.com").build();
    assertThat(advisory.advise(topology, TODAY)).hasValueSatisfying(a -> {
      assertThat(a.rule()).isEqualTo(RuleId.SIPDOM_006);
      assertThat(a.severity()).isEqualTo(AdvisoryLevel.INFO);
      assertThat(a.message()).isEqualTo("contoso.onmicrosoft.com is the tenant's onmicrosoft.com"
          + " domain: an online SIP domain that Microsoft serves, so the external certificate"
          + " carries no sip.<domain> name for it (SIPDOM-006)");
    });
  }

  @Test
  void givenOnlyOtherOnlineDomains_advise_saysNothing() {
    assertThat(advisory.advise(contoso().onlineSipDomains("litware.com").build(), TODAY)).isEmpty();
    assertThat(advisory.advise(contoso().build(), TODAY)).isEmpty();
  }
}
