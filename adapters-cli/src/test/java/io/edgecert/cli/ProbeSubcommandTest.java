package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.in.ProbeCommand;
import io.edgecert.application.port.in.ProbeUseCase;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.probe.Endpoint;
import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.MemberReport;
import io.edgecert.domain.probe.Observation;
import io.edgecert.domain.probe.ProbeProtocol;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.probe.ProbeTarget;
import io.edgecert.domain.probe.SrvLookup;
import io.edgecert.domain.probe.SrvRecord;
import io.edgecert.domain.probe.SrvReport;
import io.edgecert.domain.probe.SrvService;
import io.edgecert.domain.probe.TlsVersion;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbeSubcommandTest {
  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");
  @TempDir Path dir;
  private final List<ProbeCommand> commands = new ArrayList<>();
  private final List<String> passwords = new ArrayList<>();
  private ProbeReport answer;
  private String topology;

  @BeforeEach
  void topology() throws Exception {
    topology = Files.writeString(dir.resolve("topology.yaml"), "version: 1\n").toString();
    answer =
        report(
            Finding.pass(RuleId.DNS_SAN_001, "the certificate covers sip.contoso.com", null, null));
  }

  @Test
  void givenOnlyTheTopology_probe_usesTheDocumentedDefaults() {
    SubcommandRun run = probe();

    assertThat(run.exitCode).isEqualTo(0);
    ProbeCommand command = commands.get(0);
    assertThat(command.targets()).isEmpty();
    assertThat(command.dnsServer()).isNull();
    assertThat(command.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(command.handshakeTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(command.concurrency()).isEqualTo(32);
    assertThat(command.clientCertificate()).isNull();
    assertThat(command.internal()).isFalse();
    assertThat(command.at()).isNull();
    assertThat(command.expiryWarningDays()).isEqualTo(30);
    assertThat(command.scope().allows("anything.example", "192.0.2.1")).isTrue();
  }

  @Test
  void givenEveryOption_probe_passesEachToTheUseCase() throws Exception {
    Path pfx = Files.write(dir.resolve("partner.pfx"), new byte[] {0x30, 0x03, 0x02, 0x01, 0x03});
    SubcommandRun run = new SubcommandRun();
    run.variables.put("PFX_PASSWORD", "secret");

    run.run(
        this::subcommand,
        "probe",
        topology,
        "--target",
        "webcon.contoso.com:4443/tls",
        "--target",
        "av.contoso.com/tcp",
        "--dns-server",
        "127.0.0.1:5353",
        "--connect-timeout",
        "250ms",
        "--handshake-timeout",
        "2m",
        "--concurrency",
        "4",
        "--client-cert",
        pfx.toString(),
        "--password-env",
        "PFX_PASSWORD",
        "--internal",
        "--at",
        "2026-01-01",
        "--expiry-warning-days",
        "7");

    assertThat(run.exitCode).as(run.err).isEqualTo(0);
    ProbeCommand command = commands.get(0);
    assertThat(command.targets())
        .containsExactly(
            new ProbeTarget("webcon.contoso.com", 4443, ProbeProtocol.TLS),
            new ProbeTarget("av.contoso.com", 0, ProbeProtocol.TCP));
    assertThat(command.dnsServer().host()).isEqualTo("127.0.0.1");
    assertThat(command.dnsServer().port()).isEqualTo(5353);
    assertThat(command.connectTimeout()).isEqualTo(Duration.ofMillis(250));
    assertThat(command.handshakeTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(command.concurrency()).isEqualTo(4);
    assertThat(command.clientCertificate().name()).isEqualTo(pfx.toString());
    assertThat(passwords).containsExactly("secret");
    assertThat(command.clientCertificate().password())
        .as("wiped after the probe")
        .containsOnly('\0');
    assertThat(command.internal()).isTrue();
    assertThat(command.at()).isEqualTo(AT);
    assertThat(command.expiryWarningDays()).isEqualTo(7);
  }

  @Test
  void givenAMustRuleFails_probe_exits1AndStillPrintsTheReport() {
    answer =
        report(
            Finding.broken(
                RuleId.EXT_POOL_001, "127.0.0.3 presents another certificate", "a", "b"));

    SubcommandRun run = probe();

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).contains("127.0.0.3 presents another certificate", "Verdict: FAIL");
  }

  @Test
  void givenBadInput_probe_exits2NamingTheOptionAndProbesNothing() {
    List<String[]> bad =
        List.of(
            new String[] {"--target", "sip.contoso.com:99999"},
            new String[] {"--target", "sip.contoso.com/ftp"},
            new String[] {"--dns-server", "a b"},
            new String[] {"--connect-timeout", "0s"},
            new String[] {"--handshake-timeout", "soon"},
            new String[] {"--concurrency", "0"},
            new String[] {"--expiry-warning-days", "-1"},
            new String[] {"--at", "yesterday"},
            new String[] {"--format", "sarif"},
            new String[] {"--password-env", "PFX_PASSWORD"},
            new String[] {"--client-cert", dir.resolve("missing.pfx").toString()});
    for (String[] args : bad) {
      SubcommandRun run = probe(args);

      assertThat(run.exitCode).as(String.join(" ", args) + ": " + run.err).isEqualTo(2);
      assertThat(run.err).as(String.join(" ", args)).contains(args[0]).doesNotContain("Exception");
    }
    assertThat(commands).isEmpty();
  }

  @Test
  void givenABadTopology_probe_exits2WithTheUseCasesMessage() {
    SubcommandRun run =
        new SubcommandRun()
            .run(
                env ->
                    new ProbeSubcommand(
                        command -> {
                          throw new InvalidInputException(
                              "topology.yaml",
                              InvalidInputException.Kind.INVALID,
                              "edge.accessEdge is missing");
                        },
                        new FakeExportUseCase(),
                        env),
                "probe",
                topology);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("topology.yaml", "edge.accessEdge is missing");
  }

  @Test
  void givenJson_probe_printsTheExportedReport() {
    SubcommandRun run = probe("--format", "json");

    assertThat(run.out).isEqualTo("{\"probe\":\"pass\"}\n");
  }

  @Test
  void givenText_probe_showsDnsTlsAndTheChainAsSent() {
    SubcommandRun run = probe("--format", "text");

    assertThat(run.out)
        .contains("DNS _sip._tls.contoso.com")
        .contains("sip.contoso.com:443/tls [127.0.0.2] (external) Access Edge, client sign-in")
        .contains("tls TLS 1.3 TLS_AES_128_GCM_SHA256; accepts TLS 1.2, TLS 1.3")
        .contains("av.contoso.com:443/tcp [127.0.0.5] (tcp only)")
        .contains("Verdict: PASS");
  }

  @Test
  void givenMarkdown_probe_namesEachEntryByWhatWasChecked() {
    SubcommandRun run = probe("--format", "markdown");

    assertThat(run.out)
        .startsWith("# Live Edge probe")
        .contains("## DNS SRV _sip._tls.contoso.com: external client sign-in")
        .contains(
            "## sip.contoso.com:443/tls [127.0.0.2]: Access Edge, client sign-in, judged as the"
                + " external certificate")
        .contains(
            "## av.contoso.com:443/tcp [127.0.0.5]: A/V Edge (TCP only), TCP reachability (no certificate)")
        .doesNotContain("no matching role");
  }

  @Test
  void givenJunit_probe_namesSuitesAndClassesByWhatWasChecked() {
    SubcommandRun run = probe("--format", "junit");

    assertThat(run.out)
        .contains("<testsuites name=\"edgecert probe\"")
        .contains("<testsuite name=\"DNS SRV _sip._tls.contoso.com: external client sign-in\"")
        .contains("classname=\"edgecert.dns\" name=\"DNS-SRV-002 (DNS _sip._tls.contoso.com)\"")
        .contains("classname=\"edgecert.tcp\"")
        .contains("classname=\"edgecert.external\"")
        .doesNotContain("no matching role", "edgecert.unmatched");
  }

  private SubcommandRun probe(String... args) {
    String[] all =
        Stream.concat(Stream.of("probe", topology), Stream.of(args)).toArray(String[]::new);
    return new SubcommandRun().run(this::subcommand, all);
  }

  private ProbeSubcommand subcommand(CliEnvironment environment) {
    ProbeUseCase probes =
        command -> {
          commands.add(command);
          if (command.clientCertificate() != null) {
            passwords.add(new String(command.clientCertificate().password()));
          }
          return answer;
        };
    ProbeSubcommand subcommand = new ProbeSubcommand(probes, new FakeExportUseCase(), environment);
    subcommand.terminal = () -> false;
    return subcommand;
  }

  /** An SRV record, a TLS address whose certificate has {@code finding}, and the A/V Edge. */
  private static ProbeReport report(Finding finding) {
    SrvLookup srv =
        new SrvLookup(
            SrvService.SIP_CLIENT,
            "contoso.com",
            List.of(new SrvRecord("sip.contoso.com", 443, 0, 0)),
            null);
    SrvReport dns =
        new SrvReport(srv, List.of(Finding.pass(RuleId.DNS_SRV_002, "published", null, null)));
    Endpoint client =
        new Endpoint(
            "sip.contoso.com",
            443,
            ProbeProtocol.TLS,
            CertificateRole.EXTERNAL,
            "Access Edge, client sign-in",
            null,
            List.of(srv.name()));
    Observation tls =
        new Observation(
            "127.0.0.2",
            true,
            List.of(),
            TlsVersion.TLS_1_3,
            "TLS_AES_128_GCM_SHA256",
            Set.of(TlsVersion.TLS_1_2, TlsVersion.TLS_1_3),
            false,
            null,
            null);
    Member member = new Member(client, true, tls, List.of());
    Endpoint av =
        new Endpoint(
            "av.contoso.com", 443, ProbeProtocol.TCP, null, "A/V Edge (TCP only)", null, List.of());
    Member reached = new Member(av, true, Observation.reached("127.0.0.5"), List.of());
    return new ProbeReport(
        AT,
        List.of(dns),
        List.of(
            new MemberReport(
                member,
                new CertificateReport(
                    CertificateRole.EXTERNAL,
                    member.label(),
                    "CN=sip.contoso.com",
                    "AB12",
                    List.of(finding))),
            new MemberReport(
                reached,
                new CertificateReport(
                    null,
                    reached.label(),
                    null,
                    null,
                    List.of(
                        Finding.pass(
                            RuleId.NET_REACH_001, "accepts TCP connections", null, null))))));
  }
}
