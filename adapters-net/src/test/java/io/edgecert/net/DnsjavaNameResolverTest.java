package io.edgecert.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.in.DnsServer;
import io.edgecert.application.port.out.DnsAnswer;
import io.edgecert.domain.probe.SrvRecord;
import io.edgecert.net.testing.DnsServerForTests;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DnsjavaNameResolverTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final String ZONE =
      "$ORIGIN contoso.test.\n$TTL 60\n"
          + "_sipfederationtls._tcp IN SRV 10 0 40001 sip.contoso.test.\n"
          + "_sipfederationtls._tcp IN SRV 0 5 40002 sip2.contoso.test.\n"
          + "sip IN A 127.0.0.2\nsip IN A 127.0.0.3\nsip IN AAAA ::1\n"
          + IntStream.range(1, 61)
              .mapToObj(i -> "big IN AAAA fd00::" + Integer.toHexString(i) + "\n")
              .collect(Collectors.joining());
  private final DnsjavaNameResolver resolver = new DnsjavaNameResolver();
  private DnsServerForTests dns;
  private DnsServer server;

  @BeforeEach
  void start() {
    dns = DnsServerForTests.start(ZONE);
    server = new DnsServer("127.0.0.1", dns.port());
  }

  @AfterEach
  void stop() {
    dns.close();
  }

  @Test
  void givenSrvRecords_services_returnsThemByPriority() {
    DnsAnswer<SrvRecord> answer =
        resolver.services("_sipfederationtls._tcp.contoso.test", server, TIMEOUT);

    assertThat(answer.problem()).isNull();
    assertThat(answer.records())
        .containsExactly(
            new SrvRecord("sip2.contoso.test", 40002, 0, 5),
            new SrvRecord("sip.contoso.test", 40001, 10, 0));
  }

  @Test
  void givenPool_addresses_returnsEveryAAndAaaaRecord() {
    DnsAnswer<String> answer = resolver.addresses("sip.contoso.test", server, TIMEOUT);

    assertThat(answer.records())
        .containsExactlyInAnyOrder("127.0.0.2", "127.0.0.3", "0:0:0:0:0:0:0:1");
  }

  @Test
  void givenAddressLiteral_addresses_isTheAddressItself() {
    assertThat(resolver.addresses("127.0.0.9", server, TIMEOUT).records())
        .containsExactly("127.0.0.9");
    assertThat(resolver.addresses("::1", server, TIMEOUT).records()).containsExactly("::1");
  }

  @Test
  void givenMissingName_addresses_isEmptyWithoutProblem() {
    DnsAnswer<String> answer = resolver.addresses("nowhere.contoso.test", server, TIMEOUT);
    DnsAnswer<SrvRecord> srv = resolver.services("_sip._tls.contoso.test", server, TIMEOUT);

    assertThat(answer.records()).isEmpty();
    assertThat(answer.problem()).isNull();
    assertThat(srv.records()).isEmpty();
    assertThat(srv.problem()).isNull();
  }

  @Test
  void givenAnswerTooLargeForUdp_addresses_retriesOverTcp() {
    DnsAnswer<String> answer = resolver.addresses("big.contoso.test", server, TIMEOUT);

    assertThat(answer.records()).hasSize(60);
    assertThat(dns.tcpQueries()).isPositive();
  }

  @Test
  void givenSilentServer_addresses_reportsTheTimeout() throws Exception {
    try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
      DnsServer nobody = new DnsServer("127.0.0.1", silent.getLocalPort());

      DnsAnswer<String> answer =
          resolver.addresses("sip.contoso.test", nobody, Duration.ofMillis(500));

      assertThat(answer.records()).isEmpty();
      assertThat(answer.problem()).contains("DNS server 127.0.0.1:" + silent.getLocalPort());
    }
  }
}
