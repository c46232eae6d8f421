package io.edgecert.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DnsServerTest {

  @ParameterizedTest
  @CsvSource({
    "192.0.2.53, 192.0.2.53, 53",
    "' 192.0.2.53:5353 ', 192.0.2.53, 5353",
    "dns.contoso.com:1, dns.contoso.com, 1",
    "dns.contoso.com:65535, dns.contoso.com, 65535",
    "2001:db8::53, 2001:db8::53, 53",
    "[2001:db8::53], 2001:db8::53, 53",
    "[2001:db8::53]:5300, 2001:db8::53, 5300"
  })
  void givenHostAndOptionalPort_parse_readsBothWithPort53ByDefault(
      String text, String host, int port) {
    assertThat(DnsServer.parse("--dns-server", text)).isEqualTo(new DnsServer(host, port));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dns.contoso.com:0", "dns.contoso.com:65536", "[2001:db8::53]:99999"})
  void givenAPortOutOfRange_parse_refusesItNamingTheSource(String text) {
    assertThatThrownBy(() -> DnsServer.parse("--dns-server", text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.source()).isEqualTo("--dns-server");
              assertThat(e.kind()).isEqualTo(InvalidInputException.Kind.INVALID);
              assertThat(e.problems())
                  .singleElement()
                  .extracting("message")
                  .isEqualTo("port of '" + text + "' is not between 1 and 65535");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "dns contoso", "host:port", "a:b:c:g"})
  void givenNoHostPort_parse_refusesItWithTheExpectedForm(String text) {
    assertThatThrownBy(() -> DnsServer.parse("dnsServer", text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.source()).isEqualTo("dnsServer");
              assertThat(e.problems())
                  .singleElement()
                  .extracting("message")
                  .isEqualTo("'" + text + "' is not HOST[:PORT], e.g. 192.0.2.53:53");
            });
  }

  @org.junit.jupiter.api.Test
  void givenNull_parse_refusesItAsNoHost() {
    assertThatThrownBy(() -> DnsServer.parse("dnsServer", null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("'null' is not HOST[:PORT]");
  }
}
