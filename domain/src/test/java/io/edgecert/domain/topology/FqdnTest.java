package io.edgecert.domain.topology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FqdnTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sip.contoso.com",
        "webcon.contoso.com",
        "lsedge.contoso.net",
        "a-b.c0.example",
        "SIP.Contoso.COM",
        "x.y",
        "sip.kontoso.xn--p1ai",
        "sip.xn--mller-kva.de"
      })
  void givenAValidFqdn_check_findsNoProblem(String name) {
    assertThat(Fqdn.problem(name)).isEmpty();
  }

  @Tag("FQDN-001")
  @Tag("FQDN-002")
  @Tag("FQDN-003")
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sip_contoso.com | label \"sip_contoso\" contains \"_\"",
        "sipcontoso | single label",
        "atl-edge-001 | FQDN-002",
        "sip.contoso.com. | trailing dot",
        "sip..contoso.com | empty label",
        "-sip.contoso.com | hyphen",
        "sip.contoso.com; | contains \";\"",
        "'sip.contoso.com ' | white space",
        "sip.xn--zz.com | not a valid A-label",
        "sip.contosö.com | write \"sip.xn--contos-1xa.com\" (FQDN-003)",
        "sip.例え.jp | write \"sip.xn--r8jz45g.jp\"",
        "10.45.16.10 | IP address",
        "*.contoso.com | contains \"*\"",
        "'' | must not be empty"
      })
  void givenAnInvalidFqdn_check_saysWhy(String name, String why) {
    assertThat(Fqdn.problem(name)).hasValueSatisfying(message -> assertThat(message).contains(why));
  }

  @Tag("FQDN-005")
  @ParameterizedTest
  @CsvSource({"sip.contoso.com,SIP.CONTOSO.COM.,true", "sip.contoso.com,sip.fabrikam.com,false"})
  void givenTwoNames_same_ignoresCaseAndTrailingDot(String left, String right, boolean same) {
    assertThat(Fqdn.same(left, right)).isEqualTo(same);
  }

  @ParameterizedTest
  @CsvSource({
    "corp.contoso.com,contoso.com,true",
    "contoso.com,contoso.com,true",
    "notcontoso.com,contoso.com,false",
    "contoso.com,corp.contoso.com,false"
  })
  void givenANameAndADomain_isAtOrBelow_followsLabels(String name, String domain, boolean below) {
    assertThat(Fqdn.isAtOrBelow(name, domain)).isEqualTo(below);
  }

  @ParameterizedTest
  @CsvSource({
    "SIP.Contoso.com.,SIP.Contoso.com",
    "sip.contoso.com,sip.contoso.com",
    "sip.contoso.com..,sip.contoso.com.",
    "' Sip.contoso.com.',' Sip.contoso.com'"
  })
  void givenAName_withoutTrailingDot_dropsOneDotAndKeepsTheRest(String name, String expected) {
    assertThat(Fqdn.withoutTrailingDot(name)).isEqualTo(expected);
  }
}
