package io.edgecert.domain.probe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which hosts are address literals (resolved without DNS, never sent as SNI or matched to SANs).
 */
class AddressLiteralTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "127.0.0.2, true",
    "10.0.0.1, true",
    "::1, true",
    "2001:db8::1, true",
    "::ffff:192.0.2.1, true",
    "sip.contoso.com, false",
    "1.2.3, false",
    "1.2.3.4.example.com, false",
    "cafe.contoso.com, false"
  })
  void givenHost_matches_tellsAnAddressFromAName(String host, boolean address) {
    assertThat(AddressLiteral.matches(host)).isEqualTo(address);
  }
}
