package io.edgecert.cli;

import io.edgecert.application.port.in.ClientCertificate;
import io.edgecert.application.port.in.DnsServer;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.ProbeCommand;
import io.edgecert.application.port.in.ProbeUseCase;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.probe.ProbeTarget;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edgecert probe}: checks the live Edge endpoints and DNS records against the plan. */
@Command(
    name = "probe",
    sortOptions = false,
    header = "Checks the live Edge endpoints and DNS records against the plan.",
    description =
        "Looks up the SRV records the plan implies (_sipfederationtls._tcp, _sip._tls,"
            + " _xmpp-server._tcp), resolves every Edge name to all its A and AAAA records, and"
            + " connects to each address with SNI: the Access Edge on 443 and 5061 (MTLS), the Web"
            + " Conferencing Edge on 443, XMPP on 5269 with STARTTLS, the A/V Edge on TCP 443"
            + " (reachability only). For each it reports the chain exactly as sent, the TLS"
            + " versions 1.0 to 1.3 it accepts, the cipher suite, pool members that differ, and the"
            + " validation of the certificate against the plan. An SRV record moves an endpoint to"
            + " the port it gives; --target moves one (same host and protocol) or adds one.",
    exitCodeList = {
      CommandText.EXIT_PROBE_OK,
      CommandText.EXIT_PROBE_FAILED,
      CommandText.EXIT_INVALID,
      CommandText.EXIT_INTERNAL
    },
    footer = {
      "  edgecert probe topology.yaml",
      "  edgecert probe topology.yaml --dns-server 192.0.2.53 --internal",
      "  edgecert probe topology.yaml --target webcon.contoso.com:4443/tls",
      "  edgecert probe topology.yaml --client-cert partner.pfx \\",
      "      --password-env PFX_PASSWORD",
      "  edgecert probe topology.yaml --format junit > probe.xml"
    })
public final class ProbeSubcommand implements Callable<Integer> {

  private final ProbeUseCase probes;
  private final ExportUseCase export;
  private final CliEnvironment environment;
  private final InputFiles files;
  private final CertificateInputs inputs;

  /** Whether standard error is a terminal, where a progress line helps. */
  BooleanSupplier terminal = Terminals::stderrIsTerminal;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TOPOLOGY", description = "The topology, YAML or JSON.")
  String topology;

  @Option(
      names = "--target",
      paramLabel = "HOST[:PORT][/PROTOCOL]",
      description =
          "Probe HOST on PORT with PROTOCOL (tls, xmpp or tcp): moves the endpoint of that host and"
              + " protocol, or adds one. Repeatable.")
  List<String> targets = new ArrayList<>();

  @Option(
      names = "--dns-server",
      paramLabel = "HOST[:PORT]",
      description = "Ask this DNS server instead of the system resolvers.")
  String dnsServer;

  @Option(
      names = "--connect-timeout",
      paramLabel = "DURATION",
      defaultValue = "5s",
      converter = DurationConverter.class,
      description = "Give up a TCP connection after DURATION (default: ${DEFAULT-VALUE}).")
  Duration connectTimeout;

  @Option(
      names = "--handshake-timeout",
      paramLabel = "DURATION",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description =
          "Give up a handshake (XMPP STARTTLS included) and every read after DURATION"
              + " (default: ${DEFAULT-VALUE}).")
  Duration handshakeTimeout;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "" + ProbeCommand.DEFAULT_CONCURRENCY,
      description = "Probe at most N addresses at once (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--client-cert",
      paramLabel = "FILE.pfx",
      description =
          "Offer this PKCS#12 certificate to endpoints that ask for one (MTLS on 5061); its"
              + " password comes from --password-file or --password-env, or is asked for.")
  String clientCert;

  @ArgGroup(exclusive = true)
  PasswordOptions password;

  @Option(
      names = "--internal",
      description = "Also probe the internal FQDN and every Edge Server on 5061.")
  boolean internal;

  @Mixin ValidityOptions validity = new ValidityOptions();

  @Option(
      names = "--format",
      defaultValue = "text",
      converter = OutputFormat.OfProbe.class,
      completionCandidates = OutputFormat.OfProbe.class,
      paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Mixin TrustOptions trust = new TrustOptions();

  public ProbeSubcommand(ProbeUseCase probes, ExportUseCase export, CliEnvironment environment) {
    this.probes = probes;
    this.export = export;
    this.environment = environment;
    this.files = new InputFiles(environment.stdin());
    this.inputs = new CertificateInputs(environment);
  }

  @Override
  public Integer call() {
    if (concurrency < 1) {
      throw new ParameterException(spec.commandLine(), "--concurrency must be at least 1");
    }
    int expiryWarningDays = validity.expiryWarningDays();
    List<ProbeTarget> parsed = targets.stream().map(t -> ProbeTarget.parse("--target", t)).toList();
    DnsServer dns = dnsServer == null ? null : DnsServer.parse("--dns-server", dnsServer);
    ClientCertificate client = clientCertificate();
    try {
      ProbeReport report =
          probes.probe(
              new ProbeCommand(
                  files.topology(topology),
                  parsed,
                  dns,
                  connectTimeout,
                  handshakeTimeout,
                  concurrency,
                  client,
                  internal,
                  validity.at(),
                  expiryWarningDays,
                  inputs.trust(trust.publicRoots, trust.privateRoots),
                  terminal.getAsBoolean() ? new ProgressLine(spec.commandLine().getErr()) : null,
                  null));
      CommandText.print(spec, render(report));
      return report.verdict() == Verdict.PASS ? ExitCode.OK : ExitCode.RULE_FAILED;
    } finally {
      if (client != null) {
        Arrays.fill(client.password(), '\0');
      }
    }
  }

  private ClientCertificate clientCertificate() {
    if (clientCert == null) {
      if (password != null) {
        throw new ParameterException(
            spec.commandLine(), "--password-file and --password-env need --client-cert");
      }
      return null;
    }
    byte[] content = files.read(clientCert, InputFiles.Kind.CERTIFICATE, "--client-cert");
    Passwords passwords = new Passwords(files, environment);
    char[] secret = passwords.forInput(clientCert, content, passwords.given(password));
    return new ClientCertificate(clientCert, content, secret);
  }

  private String render(ProbeReport report) {
    switch (format) {
      case JSON:
        return export.probeJson(report);
      case MARKDOWN:
        return markdown(report);
      case JUNIT:
        return junit(report);
      default:
        return new ProbeText(new Styles(spec.commandLine().getColorScheme().ansi())).render(report);
    }
  }

  private static String markdown(ProbeReport report) {
    ValidationReport validation = report.asValidation();
    return new ReportMarkdown(new ProbeLabels(report, validation)).render(validation);
  }

  private static String junit(ProbeReport report) {
    ValidationReport validation = report.asValidation();
    return new ReportJunit(new ProbeLabels(report, validation)).render(validation);
  }
}
