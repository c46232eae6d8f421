package io.edgecert.domain.topology;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The value type: valid by construction, equal without case, shown as written. */
class FqdnValueTest {

  @Test
  void givenTheSameNameInAnotherCase_fqdns_areEqualAndShowTheirSpelling() {
    Fqdn written = Fqdn.of("SIP.Contoso.com");
    Fqdn lower = Fqdn.of("sip.contoso.com");

    assertThat(written).isEqualTo(lower).hasSameHashCodeAs(lower);
    assertThat(new HashSet<>(List.of(written, lower))).hasSize(1);
    assertThat(written).hasToString("SIP.Contoso.com");
    assertThat(written.normalized()).isEqualTo("sip.contoso.com");
    assertThat(written).isNotEqualTo(Fqdn.of("sip.fabrikam.com")).isNotEqualTo("sip.contoso.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sip_contoso.com",
        "sipcontoso",
        "sip.contoso.com.",
        " sip.contoso.com",
        "*.x.com"
      })
  void givenAnInvalidName_of_refusesItWithTheValidatorsWords(String name) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Fqdn.of(name))
        .withMessage(Fqdn.problem(name).orElseThrow());
  }

  @Test
  void givenADomain_isAtOrBelow_matchesItAndItsSubdomainsOnly() {
    Fqdn onmicrosoft = Fqdn.of("onmicrosoft.com");

    assertThat(Fqdn.of("Contoso.OnMicrosoft.com").isAtOrBelow(onmicrosoft)).isTrue();
    assertThat(Fqdn.of("onmicrosoft.com").isAtOrBelow(onmicrosoft)).isTrue();
    assertThat(Fqdn.of("contoso-onmicrosoft.com").isAtOrBelow(onmicrosoft)).isFalse();
  }

  @Test
  void givenAWildcardTenantDomain_validator_stillRefusesIt() {
    TopologyDraft draft = contoso().onlineSipDomains("*.onmicrosoft.com").draft();

    TopologyValidator.Checked checked = TopologyValidator.check(draft);

    assertThat(checked.isValid()).isFalse();
    assertThat(checked.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("hybrid.onlineSipDomains[0]"))
        .satisfies(p -> assertThat(p.message()).contains("FQDN-001"));
  }

  @Test
  void givenAValidDraftWrittenInMixedCase_check_keepsTheSpellingOfEveryName() {
    TopologyDraft draft =
        contoso()
            .sipDomains("Contoso.COM")
            .accessEdge("SIP.Contoso.com")
            .scaledDns()
            .servers(List.of("Edge1.contoso.net", "edge2.contoso.net"))
            .draft();

    Topology topology = TopologyValidator.check(draft).topology();

    assertThat(topology.sipDomains()).containsExactly(Fqdn.of("contoso.com"));
    assertThat(topology.sipDomains().get(0)).hasToString("Contoso.COM");
    assertThat(topology.edge().accessEdge()).hasToString("SIP.Contoso.com");
    assertThat(topology.edge().servers())
        .map(Fqdn::toString)
        .containsExactly("Edge1.contoso.net", "edge2.contoso.net");
    assertThat(TopologyDraft.of(topology)).isEqualTo(draft);
  }
}
