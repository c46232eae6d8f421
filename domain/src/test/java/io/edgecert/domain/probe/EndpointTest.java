package io.edgecert.domain.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.domain.plan.CertificateRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointTest {

  @ParameterizedTest(name = "port {0}")
  @ValueSource(ints = {1, 443, 65535})
  void givenPortInRange_label_namesHostPortAndProtocol(int port) {
    assertThat(endpoint("sip.contoso.com", port, ProbeProtocol.XMPP).label())
        .isEqualTo("sip.contoso.com:" + port + "/xmpp");
  }

  @ParameterizedTest(name = "port {0}")
  @ValueSource(ints = {-1, 0, 65536})
  void givenPortOutOfRange_endpoint_isRefusedNamingThePort(int port) {
    assertThatThrownBy(() -> endpoint("sip.contoso.com", port, ProbeProtocol.TLS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port out of range: " + port);
  }

  @Test
  void givenSameHostInAnyCasePortAndProtocol_sameAs_isTrueAndFalseWhenOneDiffers() {
    Endpoint endpoint = endpoint("sip.contoso.com", 5061, ProbeProtocol.TLS);

    assertThat(endpoint.sameAs(endpoint("SIP.contoso.com.", 5061, ProbeProtocol.TLS))).isTrue();
    assertThat(endpoint.sameAs(endpoint("sip2.contoso.com", 5061, ProbeProtocol.TLS))).isFalse();
    assertThat(endpoint.sameAs(endpoint("sip.contoso.com", 5062, ProbeProtocol.TLS))).isFalse();
    assertThat(endpoint.sameAs(endpoint("sip.contoso.com", 5061, ProbeProtocol.XMPP))).isFalse();
  }

  @Test
  void givenAnSrvName_withSrvName_addsItOnceAndKeepsTheRest() {
    Endpoint endpoint =
        endpoint("sip.contoso.com", 5061, ProbeProtocol.TLS)
            .withSrvName("_sip._tls.contoso.com")
            .withSrvName("_sipfederationtls._tcp.contoso.com")
            .withSrvName("_sip._tls.contoso.com");

    assertThat(endpoint.srvNames())
        .containsExactly("_sip._tls.contoso.com", "_sipfederationtls._tcp.contoso.com");
    assertThat(endpoint.withPort(443))
        .isEqualTo(
            new Endpoint(
                "sip.contoso.com",
                443,
                ProbeProtocol.TLS,
                CertificateRole.EXTERNAL,
                "Access Edge",
                null,
                List.of("_sip._tls.contoso.com", "_sipfederationtls._tcp.contoso.com")));
  }

  private static Endpoint endpoint(String host, int port, ProbeProtocol protocol) {
    return new Endpoint(
        host, port, protocol, CertificateRole.EXTERNAL, "Access Edge", null, List.of());
  }
}
