package io.edgecert.domain.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FqdnNamesTest {

  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "sip.contoso.com,  sip.contoso.com,  true",
        "SIP.Contoso.COM,  sip.contoso.com,  true",
        "sip.contoso.com., sip.contoso.com,  true",
        "sip.contoso.com,  sip.contoso.com.., false",
        "sip.contoso.com,  sip.fabrikam.com, false",
        "null,             sip.contoso.com,  false"
      })
  void givenTwoNames_same_ignoresCaseAndOneTrailingDot(String left, String right, boolean same) {
    assertThat(Fqdn.same(left, right)).isEqualTo(same);
  }

  @Test
  void givenSanList_set_normalisesKeepsFirstOrderAndDropsRepeats() {
    assertThat(
            Fqdn.normalizedSet(
                List.of("Webcon.contoso.com", "sip.contoso.com.", "SIP.contoso.com")))
        .containsExactly("webcon.contoso.com", "sip.contoso.com");
  }

  @Test
  void givenWantedAndPresent_missing_comparesAsSets() {
    assertThat(
            Fqdn.missing(
                List.of("sip.contoso.com", "sip.fabrikam.com", "webcon.contoso.com"),
                List.of("WEBCON.contoso.com.", "sip.contoso.com")))
        .containsExactly("sip.fabrikam.com");
  }

  @Test
  void givenNoNames_join_saysNone() {
    assertThat(Fqdn.join(List.of())).isEqualTo("(none)");
    assertThat(Fqdn.join(List.of("a.b", "c.d"))).isEqualTo("a.b, c.d");
  }
}
