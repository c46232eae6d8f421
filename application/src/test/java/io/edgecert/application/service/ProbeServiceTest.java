package io.edgecert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.edgecert.application.port.in.DnsServer;
import io.edgecert.application.port.in.ProbeCommand;
import io.edgecert.application.port.in.ProbeProgress;
import io.edgecert.application.port.in.ProbeScope;
import io.edgecert.application.port.out.DnsAnswer;
import io.edgecert.application.port.out.EndpointProbe;
import io.edgecert.application.port.out.NameResolver;
import io.edgecert.application.port.out.ProbeSettings;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.probe.Endpoint;
import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.MemberReport;
import io.edgecert.domain.probe.Observation;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.probe.SrvRecord;
import io.edgecert.domain.probe.SrvReport;
import io.edgecert.domain.probe.TlsVersion;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The probe's wiring of DNS, endpoints, pool members and validation, over fake driven ports. */
class ProbeServiceTest {
  private static final String FEDERATION = "sip.contoso.com:5062/tls";
  private final FakeNet net = new FakeNet();

  @Test
  void givenSrvRecord_probe_movesTheFederationEndpointToItsPort() {
    ProbeReport report = probe(ProbeScope.ANY);

    assertThat(net.probed)
        .contains(
            FEDERATION + " 10.0.0.1",
            FEDERATION + " 10.0.0.2",
            "sip.contoso.com:443/tls 10.0.0.1",
            "webcon.contoso.com:443/tls 10.0.0.3",
            "av.contoso.com:443/tcp 10.0.0.4")
        .doesNotContain("sip.contoso.com:5061/tls 10.0.0.1");
    assertThat(srv(report, "_sipfederationtls._tcp.contoso.com", RuleId.DNS_SRV_001))
        .isEqualTo(
            Finding.of(
                RuleId.DNS_SRV_001,
                FindingStatus.PASS,
                "_sipfederationtls._tcp.contoso.com is published",
                "_sipfederationtls._tcp.contoso.com SRV 0 0 5061 <Access Edge host>",
                "0 0 5062 sip.contoso.com"));
    assertThat(srv(report, "_sipfederationtls._tcp.fabrikam.com", RuleId.DNS_SRV_001))
        .isEqualTo(
            Finding.of(
                RuleId.DNS_SRV_001,
                FindingStatus.FAIL,
                "_sipfederationtls._tcp.fabrikam.com is not published: SIP federation for"
                    + " fabrikam.com cannot find the Edge",
                "_sipfederationtls._tcp.fabrikam.com SRV 0 0 5061 <Access Edge host>",
                "(no record)"));
  }

  @Test
  void givenPoolMemberWithAnotherCertificate_probe_failsThatMemberOnly() {
    ProbeReport report = probe(ProbeScope.ANY);

    assertThat(finding(report, FEDERATION + " [10.0.0.1]", RuleId.EXT_POOL_001))
        .isEqualTo(
            Finding.of(
                RuleId.EXT_POOL_001,
                FindingStatus.PASS,
                FEDERATION + " [10.0.0.1] presents the pool's certificate",
                "thumbprint THUMB-01 on all 2 members",
                "thumbprint THUMB-01"));
    Finding differing = finding(report, FEDERATION + " [10.0.0.2]", RuleId.EXT_POOL_001);
    assertThat(differing.status()).isEqualTo(FindingStatus.FAIL);
    assertThat(differing.expected()).isEqualTo("thumbprint THUMB-01 on all 2 members");
    assertThat(differing.actual()).isEqualTo("thumbprint THUMB-02");
    assertThat(differing.message())
        .startsWith(FEDERATION + " [10.0.0.2] presents another certificate than 10.0.0.1: ")
        .contains("serial 02");
    assertThat(finding(report, FEDERATION + " [10.0.0.1]", RuleId.EXT_SAN_002).status())
        .as("the presented leaf is validated against the plan")
        .isEqualTo(FindingStatus.PASS);
  }

  @Test
  void givenPoolMembersSendingTheSameChain_probe_readsEachDistinctChainOnce() {
    ProbeReport report = probe(ProbeScope.ANY, true);

    List<String> distinct =
        net.sent.stream()
            .map(c -> new String(c.get(0), StandardCharsets.US_ASCII))
            .distinct()
            .toList();
    assertThat(distinct)
        .contains(
            "EXTERNAL-01-certificate",
            "EXTERNAL-02-certificate",
            "INTERNAL-01-certificate",
            "INTERNAL-02-certificate")
        .hasSizeLessThan(net.sent.size());
    assertThat(net.read)
        .as("one reading per distinct chain sent, not one per member (%s sent)", net.sent.size())
        .hasSize(distinct.size());
    assertThat(finding(report, "sip.contoso.com:443/tls [10.0.0.1]", RuleId.EXT_SAN_002).status())
        .isEqualTo(FindingStatus.PASS);
    assertThat(finding(report, FEDERATION + " [10.0.0.1]", RuleId.EXT_SAN_002).status())
        .as("a member whose chain was read for another is still validated")
        .isEqualTo(FindingStatus.PASS);
  }

  @Test
  void givenChainsJudgedOncePerCertificate_probe_givesEachMemberTheReportOfTheOneItSent() {
    ProbeReport report = probe(ProbeScope.ANY, true);

    assertThat(report.members())
        .extracting(
            m -> m.member().label(), m -> m.report().subjectName(), m -> m.report().thumbprint())
        .containsExactly(
            tuple(FEDERATION + " [10.0.0.1]", "sip.contoso.com", "THUMB-01"),
            tuple(FEDERATION + " [10.0.0.2]", "sip.contoso.com", "THUMB-02"),
            tuple("sip.contoso.com:443/tls [10.0.0.1]", "sip.contoso.com", "THUMB-01"),
            tuple("sip.contoso.com:443/tls [10.0.0.2]", "sip.contoso.com", "THUMB-02"),
            tuple("webcon.contoso.com:443/tls [10.0.0.3]", "sip.contoso.com", "THUMB-01"),
            tuple("av.contoso.com:443/tcp [10.0.0.4]", null, null),
            tuple("lsedge.contoso.net:5061/tls [10.0.1.1]", "lsedge.contoso.net", "THUMB-01"),
            tuple("lsedge.contoso.net:5061/tls [10.0.1.2]", "lsedge.contoso.net", "THUMB-02"),
            tuple("edge1.contoso.net:5061/tls [10.0.1.1]", "lsedge.contoso.net", "THUMB-01"),
            tuple("edge2.contoso.net:5061/tls [10.0.1.2]", "lsedge.contoso.net", "THUMB-02"));
  }

  @Test
  void givenScope_probe_connectsToNothingOutsideIt() {
    ProbeReport report = probe((host, address) -> !address.equals("10.0.0.2"));

    assertThat(net.probed).noneMatch(call -> call.endsWith(" 10.0.0.2"));
    Finding refused = finding(report, FEDERATION + " [10.0.0.2]", RuleId.NET_REACH_001);
    assertThat(refused)
        .isEqualTo(
            Finding.of(
                RuleId.NET_REACH_001,
                FindingStatus.FAIL,
                FEDERATION
                    + " [10.0.0.2] cannot be reached: not probed: this server may not reach it",
                "a server certificate",
                "not probed: this server may not reach it"));
  }

  @Test
  void givenInternal_probe_comparesEveryInternalInterfaceOfThePool() {
    ProbeReport report = probe(ProbeScope.ANY, true);

    assertThat(net.probed)
        .contains(
            "lsedge.contoso.net:5061/tls 10.0.1.1",
            "lsedge.contoso.net:5061/tls 10.0.1.2",
            "edge1.contoso.net:5061/tls 10.0.1.1",
            "edge2.contoso.net:5061/tls 10.0.1.2");
    assertThat(
            finding(report, "lsedge.contoso.net:5061/tls [10.0.1.1]", RuleId.INT_POOL_001).status())
        .isEqualTo(FindingStatus.PASS);
    assertThat(
            finding(report, "edge1.contoso.net:5061/tls [10.0.1.1]", RuleId.INT_POOL_001).status())
        .as("an Edge Server's own name is compared with the pool name's addresses")
        .isEqualTo(FindingStatus.PASS);
    Finding differing =
        finding(report, "edge2.contoso.net:5061/tls [10.0.1.2]", RuleId.INT_POOL_001);
    assertThat(differing.status()).isEqualTo(FindingStatus.FAIL);
    assertThat(differing.expected())
        .as("the four internal interfaces form one pool")
        .isEqualTo("thumbprint THUMB-01 on all 4 members");
    assertThat(differing.actual()).isEqualTo("thumbprint THUMB-02");
    assertThat(differing.message())
        .startsWith(
            "edge2.contoso.net:5061/tls [10.0.1.2] presents another certificate than 10.0.1.1")
        .contains("serial 02 instead of 01");
    assertThat(
            finding(report, "lsedge.contoso.net:5061/tls [10.0.1.2]", RuleId.INT_POOL_001).status())
        .isEqualTo(FindingStatus.FAIL);
    assertThat(
            finding(report, "edge1.contoso.net:5061/tls [10.0.1.1]", RuleId.DNS_SAN_001).status())
        .as("the internal certificate carries the pool name only, in its subject")
        .isEqualTo(FindingStatus.NOT_APPLICABLE);
    assertThat(rules(report, "edge1.contoso.net:5061/tls [10.0.1.1]"))
        .contains(RuleId.INT_SUBJECT_001)
        .doesNotContain(RuleId.EXT_POOL_001);
    assertThat(finding(report, FEDERATION + " [10.0.0.1]", RuleId.INT_POOL_001).status())
        .as("external members are compared as EXT-POOL-001 only")
        .isEqualTo(FindingStatus.NOT_APPLICABLE);
  }

  @Test
  void givenANameWithoutAddress_probe_reportsItUnresolvedWithWhyAndInNoPool() {
    net.answers.put("sip.contoso.com", new DnsAnswer<>(List.of(), "SERVFAIL from 127.0.0.1"));
    net.answers.put("webcon.contoso.com", new DnsAnswer<>(List.of(), null));

    ProbeReport report = probe(ProbeScope.ANY);

    Finding sip = finding(report, FEDERATION, RuleId.DNS_A_001);
    assertThat(sip.status()).isEqualTo(FindingStatus.FAIL);
    assertThat(sip.message())
        .isEqualTo("sip.contoso.com has no A or AAAA record: SERVFAIL from 127.0.0.1");
    assertThat(finding(report, "webcon.contoso.com:443/tls", RuleId.DNS_A_001).message())
        .isEqualTo("webcon.contoso.com has no A or AAAA record: no such name or no address");
    assertThat(net.probed).noneMatch(call -> call.startsWith("sip.contoso.com:"));
    assertThat(rules(report, FEDERATION))
        .as("members without an address form no pool")
        .doesNotContain(RuleId.EXT_POOL_001);
    assertThat(rules(report, "av.contoso.com:443/tcp [10.0.0.4]"))
        .doesNotContain(RuleId.EXT_POOL_001);
  }

  @Test
  void givenAnInternalNameWithoutAddress_probe_leavesItOutOfTheInternalPool() {
    net.answers.put("edge2.contoso.net", new DnsAnswer<>(List.of(), null));

    ProbeReport report = probe(ProbeScope.ANY, true);

    assertThat(rules(report, "edge2.contoso.net:5061/tls"))
        .contains(RuleId.DNS_A_001)
        .doesNotContain(RuleId.INT_POOL_001);
    assertThat(
            finding(report, "edge1.contoso.net:5061/tls [10.0.1.1]", RuleId.INT_POOL_001)
                .expected())
        .isEqualTo("thumbprint THUMB-01 on all 3 members");
  }

  @Test
  void givenATcpOnlyEndpoint_probe_judgesNoCertificateOnIt() {
    ProbeReport report = probe(ProbeScope.ANY);

    MemberReport av = member(report, "av.contoso.com:443/tcp [10.0.0.4]");
    assertThat(av.report().subjectName()).isNull();
    assertThat(av.report().findings())
        .extracting(Finding::rule)
        .contains(RuleId.NET_REACH_001)
        .doesNotContain(RuleId.GEN_VALID_002, RuleId.EXT_SAN_002);
  }

  @Test
  void givenOneAddressPerEndpoint_probe_comparesNoMembersAcrossEndpoints() {
    ProbeReport report = probe(ProbeScope.ANY);

    assertThat(rules(report, "webcon.contoso.com:443/tls [10.0.0.3]"))
        .contains(RuleId.EXT_SAN_002)
        .doesNotContain(RuleId.EXT_POOL_001);
    assertThat(finding(report, "sip.contoso.com:443/tls [10.0.0.2]", RuleId.EXT_POOL_001).message())
        .contains("another certificate than 10.0.0.1");
  }

  @Test
  void givenSrvLookups_probe_reportsOnlyTheRulesThatApplyToEach() {
    ProbeReport report = probe(ProbeScope.ANY);

    SrvReport federation =
        report.dns().stream()
            .filter(s -> s.lookup().name().equals("_sipfederationtls._tcp.contoso.com"))
            .findFirst()
            .orElseThrow();
    assertThat(federation.findings())
        .extracting(Finding::rule)
        .containsExactly(RuleId.DNS_SRV_001, RuleId.FQDN_004);
    assertThat(report.dns())
        .flatExtracting(SrvReport::findings)
        .extracting(Finding::status)
        .doesNotContain(FindingStatus.NOT_APPLICABLE);
  }

  @Test
  void givenAChainTheReaderRefuses_probe_reportsItUnreadableWithTheReadersMessage() {
    String label = "webcon.contoso.com:443/tls [10.0.0.3]";
    net.unreadable.add(label);

    ProbeReport report = probe(ProbeScope.ANY);

    MemberReport member = member(report, label);
    assertThat(member.member().observation().problem())
        .isEqualTo(
            "the server sent a certificate that cannot be read: "
                + label
                + ": no DER sequence at byte 0");
    assertThat(member.member().observation().chain()).isEmpty();
    assertThat(member.member().observation().negotiated()).isEqualTo(TlsVersion.TLS_1_2);
    assertThat(member.member().presented()).isEmpty();
    assertThat(member.report().subjectName()).isNull();
  }

  @Test
  void givenProgress_probe_tellsTheTotalFirstThenEachMemberOnce() {
    ProbeReport report = probe(ProbeScope.ANY);

    assertThat(net.heard.get(0)).isEqualTo("started " + report.members().size());
    assertThat(net.heard.subList(1, net.heard.size()))
        .containsExactlyInAnyOrderElementsOf(
            report.members().stream().map(m -> "probed " + m.member().label()).toList());
  }

  @Test
  void givenAProbeThatFails_probe_throwsItsOwnException() {
    net.failure = new UnsupportedOperationException("the TLS stack broke");

    assertThatThrownBy(() -> probe(ProbeScope.ANY)).isSameAs(net.failure);
  }

  @Test
  void givenAProbeThatFailsWithAnError_probe_throwsItWrapped() {
    net.failure = new StackOverflowError("the TLS stack recursed");

    assertThatThrownBy(() -> probe(ProbeScope.ANY))
        .isInstanceOf(IllegalStateException.class)
        .cause()
        .isSameAs(net.failure);
  }

  @Test
  void givenAnInstant_probe_judgesAtItToTheSecond() {
    ProbeReport report = probe(ProbeScope.ANY, false, Instant.parse("2026-01-01T00:00:01.750Z"));

    assertThat(report.at()).isEqualTo(Instant.parse("2026-01-01T00:00:01Z"));
    Finding expired = finding(report, FEDERATION + " [10.0.0.1]", RuleId.GEN_VALID_002);
    assertThat(expired.expected())
        .as("the presented certificate is judged at the given second")
        .isEqualTo("valid at 2026-01-01T00:00:01Z");
    assertThat(expired.status()).isEqualTo(FindingStatus.FAIL);
  }

  @Test
  void givenNoInstant_probe_judgesAtTheClock() {
    ProbeReport report = probe(ProbeScope.ANY);

    assertThat(report.at()).isEqualTo(Contoso.CLOCK.instant());
  }

  @Test
  void probe_reportsOneMemberPerAddressInEndpointOrderAndOnePerNameWithout() {
    net.answers.put("webcon.contoso.com", new DnsAnswer<>(List.of(), null));

    ProbeReport report = probe(ProbeScope.ANY);

    assertThat(report.members())
        .extracting(m -> m.member().label())
        .containsExactly(
            FEDERATION + " [10.0.0.1]",
            FEDERATION + " [10.0.0.2]",
            "sip.contoso.com:443/tls [10.0.0.1]",
            "sip.contoso.com:443/tls [10.0.0.2]",
            "webcon.contoso.com:443/tls",
            "av.contoso.com:443/tcp [10.0.0.4]");
  }

  @Test
  void givenAnInterruptedCaller_probe_stopsAndKeepsTheInterrupt() {
    net.dnsHangs = true;
    Thread.currentThread().interrupt();

    assertThatThrownBy(() -> probe(ProbeScope.ANY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the probe was interrupted");
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void probe_runsOnDaemonThreadsOfItsOwnName() {
    probe(ProbeScope.ANY);

    assertThat(net.threads).containsExactly("edgecert-probe daemon");
  }

  private ProbeReport probe(ProbeScope scope) {
    return probe(scope, false);
  }

  private ProbeReport probe(ProbeScope scope, boolean internal) {
    return probe(scope, internal, null);
  }

  private ProbeReport probe(ProbeScope scope, boolean internal, Instant at) {
    ProbeService service =
        new ProbeService(
            Contoso.reader(Contoso.poolWithAol()),
            (source, trust, when) -> {
              net.read.add(source.name());
              if (net.unreadable.contains(source.name())) {
                throw new InvalidInputException(
                    source.name(), InvalidInputException.Kind.INVALID, "no DER sequence at byte 0");
              }
              return net.evidence.get(source.name());
            },
            net,
            net,
            Contoso.CLOCK);
    return service.probe(
        new ProbeCommand(
            Contoso.SOURCE,
            List.of(),
            new DnsServer("127.0.0.1", 53),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            4,
            null,
            internal,
            at,
            30,
            null,
            net.progress,
            scope));
  }

  private static Finding srv(ProbeReport report, String record, RuleId rule) {
    SrvReport srv =
        report.dns().stream()
            .filter(s -> s.lookup().name().equals(record))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no SRV look-up of " + record));
    return srv.findings().stream()
        .filter(f -> f.rule() == rule)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + rule + " on " + record));
  }

  private static List<RuleId> rules(ProbeReport report, String label) {
    return member(report, label).report().findings().stream().map(Finding::rule).toList();
  }

  private static MemberReport member(ProbeReport report, String label) {
    return report.members().stream()
        .filter(m -> m.member().label().equals(label))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no member " + label));
  }

  private static Finding finding(ProbeReport report, String label, RuleId rule) {
    MemberReport member = member(report, label);
    return member.report().findings().stream()
        .filter(f -> f.rule() == rule)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + rule + " on " + label));
  }

  /**
   * DNS and the endpoints of a contoso.com pool: 10.0.0.2 and, on the internal side, 10.0.1.2
   * present another certificate.
   */
  private static final class FakeNet implements NameResolver, EndpointProbe {
    final List<String> probed = new CopyOnWriteArrayList<>();
    final Map<String, CertificateEvidence> evidence = new ConcurrentHashMap<>();

    /** The chains the endpoints sent, one per observation. */
    final List<List<byte[]>> sent = new CopyOnWriteArrayList<>();

    /** The names under which the certificate reader was asked to read a chain. */
    final List<String> read = new CopyOnWriteArrayList<>();

    /** Answers that replace the usual ones, by host name. */
    final Map<String, DnsAnswer<String>> answers = new HashMap<>();

    /** The labels of members whose chain the reader refuses. */
    final Set<String> unreadable = new HashSet<>();

    /** The threads that probed, as "name daemon|user". */
    final Set<String> threads = ConcurrentHashMap.newKeySet();

    /** Thrown by the probe of 10.0.0.3 when set. */
    Throwable failure;

    /** Whether SRV look-ups wait until they are interrupted. */
    boolean dnsHangs;

    final List<String> heard = new CopyOnWriteArrayList<>();
    final ProbeProgress progress =
        new ProbeProgress() {
          @Override
          public void started(int total) {
            heard.add("started " + total);
          }

          @Override
          public void probed(Member member) {
            heard.add("probed " + member.label());
          }
        };

    @Override
    public DnsAnswer<String> addresses(String host, DnsServer server, Duration timeout) {
      Map<String, List<String>> hosts =
          Map.of(
              "sip.contoso.com", List.of("10.0.0.1", "10.0.0.2"),
              "webcon.contoso.com", List.of("10.0.0.3"),
              "av.contoso.com", List.of("10.0.0.4"),
              "lsedge.contoso.net", List.of("10.0.1.1", "10.0.1.2"),
              "edge1.contoso.net", List.of("10.0.1.1"),
              "edge2.contoso.net", List.of("10.0.1.2"));
      return answers.getOrDefault(host, new DnsAnswer<>(hosts.getOrDefault(host, List.of()), null));
    }

    @Override
    public DnsAnswer<SrvRecord> services(String name, DnsServer server, Duration timeout) {
      if (dnsHangs) {
        try {
          new CountDownLatch(1).await();
        } catch (InterruptedException e) {
          return new DnsAnswer<>(List.of(), "interrupted");
        }
      }
      return name.equals("_sipfederationtls._tcp.contoso.com")
          ? new DnsAnswer<>(List.of(new SrvRecord("sip.contoso.com", 5062, 0, 0)), null)
          : new DnsAnswer<>(List.of(), null);
    }

    @Override
    public Observation observe(Endpoint endpoint, String address, ProbeSettings settings) {
      probed.add(endpoint.label() + " " + address);
      Thread thread = Thread.currentThread();
      threads.add(thread.getName() + " " + (thread.isDaemon() ? "daemon" : "user"));
      if (failure instanceof RuntimeException runtime && address.equals("10.0.0.3")) {
        throw runtime;
      }
      if (failure instanceof Error error && address.equals("10.0.0.3")) {
        throw error;
      }
      String serial = address.endsWith(".2") ? "02" : "01";
      // The bytes stand for the certificate: the same bytes for the same one (a run reads each
      // distinct chain once), other bytes for the internal certificate and for serial 02.
      String label = endpoint.label() + " [" + address + "]";
      byte[] der =
          (unreadable.contains(label) ? "unreadable " + label : endpoint.role() + "-" + serial)
              .concat("-certificate")
              .getBytes(StandardCharsets.US_ASCII);
      sent.add(List.of(der));
      CertificateEvidence sample =
          endpoint.role() == CertificateRole.INTERNAL
              ? EdgeSamples.certificate(label, "lsedge.contoso.net", List.of())
              : EdgeSamples.certificate(
                  label,
                  "sip.contoso.com",
                  List.of("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"));
      CertificateFacts f = sample.leaf();
      CertificateFacts leaf =
          new CertificateFacts(
              f.subjectDn(),
              f.commonName(),
              f.issuerDn(),
              serial,
              f.dnsNames(),
              f.otherNames(),
              f.extendedKeyUsagePresent(),
              f.extendedKeyUsageOids(),
              f.keyUsages(),
              f.certificateAuthority(),
              f.publicKey(),
              f.signature(),
              f.notBefore(),
              f.notAfter(),
              f.crlDistributionPoints(),
              f.authorityInformationAccess(),
              "THUMB-" + serial,
              f.sha256Fingerprint(),
              f.criticalExtensionOids());
      evidence.put(
          label,
          new CertificateEvidence(
              label, sample.format(), false, leaf, List.of(), sample.chain(), null));
      return new Observation(
          address,
          true,
          List.of(der),
          TlsVersion.TLS_1_2,
          "TLS_AES_128_GCM_SHA256",
          Set.of(TlsVersion.TLS_1_2),
          false,
          null,
          null);
    }
  }
}
