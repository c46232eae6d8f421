package io.edgecert.domain.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.domain.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProbeTargetTest {

  @ParameterizedTest(name = "{0} -> {1}:{2}/{3}, effectively :{4}/{5}")
  @CsvSource({
    "sip.contoso.com:5061/tls, sip.contoso.com, 5061, TLS,  5061, TLS",
    "' SIP.Contoso.COM. ',      sip.contoso.com, 0,    ,     443,  TLS",
    "sip.contoso.com:5269,     sip.contoso.com, 5269, ,     5269, XMPP",
    "sip.contoso.com:5268,     sip.contoso.com, 5268, ,     5268, TLS",
    "sip.contoso.com/XMPP,     sip.contoso.com, 0,    XMPP, 5269, XMPP",
    "av.contoso.com/tcp,       av.contoso.com,  0,    TCP,  443,  TCP",
    "sip.contoso.com:1,        sip.contoso.com, 1,    ,     1,    TLS",
    "sip.contoso.com:65535/xmpp, sip.contoso.com, 65535, XMPP, 65535, XMPP",
    "*.contoso.com,            *.contoso.com,   0,    ,     443,  TLS"
  })
  void givenHostPortAndProtocol_parse_readsEachAndFillsTheUsualDefaults(
      String text,
      String host,
      int port,
      ProbeProtocol protocol,
      int effectivePort,
      ProbeProtocol effectiveProtocol) {
    ProbeTarget target = ProbeTarget.parse("--target", text);

    assertThat(target).isEqualTo(new ProbeTarget(host, port, protocol));
    assertThat(target.effectivePort()).isEqualTo(effectivePort);
    assertThat(target.effectiveProtocol()).isEqualTo(effectiveProtocol);
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(
      strings = {"", "sip contoso.com", "-sip.contoso.com", "sip.contoso.com:", "a:123456"})
  void givenNoHostPortProtocolForm_parse_namesTheValueAndTheExpectedForm(String text) {
    assertRejected(
        text, "'" + text + "' is not HOST[:PORT][/PROTOCOL], e.g. sip.contoso.com:5061/tls");
  }

  @ParameterizedTest
  @NullSource
  void givenNoValue_parse_namesTheExpectedForm(String text) {
    assertRejected(text, "'null' is not HOST[:PORT][/PROTOCOL], e.g. sip.contoso.com:5061/tls");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0, 0", "65536, 65536", "00000, 00000", "99999, 99999"})
  void givenPortOutOfRange_parse_namesThePortAndTheRange(String port, String shown) {
    String text = "sip.contoso.com:" + port;
    assertRejected(text, "port " + shown + " of '" + text + "' is not between 1 and 65535");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sip.contoso.com/ftp", "sip.contoso.com:5061/https"})
  void givenUnknownProtocol_parse_namesItAndTheChoices(String text) {
    String protocol = text.substring(text.indexOf('/') + 1);
    assertRejected(
        text, "protocol '" + protocol + "' of '" + text + "' is not one of tls | xmpp | tcp");
  }

  private static void assertRejected(String text, String message) {
    assertThatThrownBy(() -> ProbeTarget.parse("--target", text))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.source()).isEqualTo("--target");
              assertThat(e.kind()).isEqualTo(InvalidInputException.Kind.INVALID);
              assertThat(e.problems()).singleElement().extracting("message").isEqualTo(message);
            });
  }
}
