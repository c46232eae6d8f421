package io.edgecert.cli;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.application.port.in.ValidateEachCommand;
import io.edgecert.application.port.in.ValidateEachUseCase;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.validation.ValidationReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edgecert validate}: judges certificates against the plan of a topology. */
@Command(
    name = "validate",
    sortOptions = false,
    header = "Checks certificates against the plan of a topology.",
    description =
        "Reads PEM, DER, PKCS#7, PKCS#12 or a PKCS#10 request and reports a finding per rule."
            + " A PKCS#12 password comes from --password-file or --password-env, or is asked"
            + " for on the terminal; it is never given on the command line.",
    exitCodeList = {
      CommandText.EXIT_VALIDATE_OK,
      CommandText.EXIT_VALIDATE_FAILED,
      CommandText.EXIT_INVALID,
      CommandText.EXIT_INTERNAL
    },
    footer = {
      "  edgecert validate topology.yaml edge-external.cer",
      "  edgecert validate topology.yaml edge.pfx --password-env PFX_PASSWORD",
      "  edgecert validate topology.yaml int.pem --role internal --trust root.cer",
      "  edgecert validate topology.yaml edge.cer --chain issuing-ca.pem",
      "  edgecert validate topology.yaml edge.cer --at 2026-01-01 --format markdown",
      "  edgecert validate topology.yaml *.cer --format junit --output edgecert.xml",
      "  edgecert validate topology.yaml edge.cer --format sarif --strict \\",
      "      --output edgecert.sarif",
      "  edgecert validate pool.yaml --member edge1.contoso.net=edge1.pfx \\",
      "      --member edge2.contoso.net=edge2.pfx --password-env PFX_PASSWORD",
      "  edgecert validate topology.yaml certs/ 'archive/**/*.pem' \\",
      "      --format jsonl > reports.jsonl",
      "  edgecert validate topology.yaml --files-from - < certificate-names.txt"
    })
public final class ValidateSubcommand implements Callable<Integer> {

  private final ValidateUseCase validation;
  private final ValidateEachUseCase each;
  private final ExportUseCase export;
  private final InputFiles files;
  private final CertificateInputs inputs;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TOPOLOGY", description = "The topology, YAML or JSON.")
  String topology;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "CERT",
      description =
          "Certificates or requests to check: files, directories (searched for certificate files),"
              + " quoted glob patterns such as 'certs/**/*.pem'; - reads standard input. In a pool,"
              + " several certificates of one role are taken as the members' copies and compared.")
  List<String> certificates = new ArrayList<>();

  @Mixin EstateOptions estate = new EstateOptions();

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      converter = RoleConverter.class,
      description = "external, av-authentication or internal (default: matched by edgecert).")
  CertificateRole role;

  @Mixin ValidityOptions validity = new ValidityOptions();

  @Option(
      names = "--format",
      defaultValue = "text",
      converter = OutputFormat.OfValidate.class,
      completionCandidates = OutputFormat.OfValidate.class,
      paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @ArgGroup(exclusive = true)
  PasswordOptions password;

  @Mixin TrustOptions trust = new TrustOptions();

  @Mixin StrictOption strict = new StrictOption();

  @Mixin OutputOption output = new OutputOption();

  @Mixin MemberOptions members = new MemberOptions();

  @Mixin ChainOptions chain = new ChainOptions();

  public ValidateSubcommand(
      ValidateUseCase validation,
      ValidateEachUseCase each,
      ExportUseCase export,
      CliEnvironment environment) {
    this.validation = validation;
    this.each = each;
    this.export = export;
    this.files = new InputFiles(environment.stdin());
    this.inputs = new CertificateInputs(environment);
  }

  @Override
  public Integer call() {
    Instant at = validity.at();
    int expiryWarningDays = validity.expiryWarningDays();
    List<MemberOptions.Member> copies = members.parse(spec.commandLine());
    CertificatePaths paths = estate.paths(spec, certificates, files, !copies.isEmpty());
    TopologySource topologySource = files.topology(topology);
    TrustSettings trustSettings = inputs.trust(trust.publicRoots, trust.privateRoots, chain.files);
    if (estate.wanted(spec, paths, format, !copies.isEmpty())) {
      EstateRun run =
          new EstateRun(spec, inputs, export, estate, format, this::render).with(strict, output);
      return run.validate(
          each.prepare(
              new ValidateEachCommand(topologySource, at, expiryWarningDays, trustSettings)),
          paths.names(),
          password,
          role);
    }
    List<CertificateSource> sources = inputs.sources(paths.names(), copies, password, role);
    try {
      ValidationReport report =
          validation.validate(
              new ValidateCommand(topologySource, sources, at, expiryWarningDays, trustSettings));
      CommandText.print(spec, render(report));
      return strict.exitCode(report, spec);
    } finally {
      CertificateInputs.wipe(sources);
    }
  }

  private String render(ValidationReport report) {
    switch (format) {
      case JSON:
        return export.reportJson(report);
      case MARKDOWN:
        return new ReportMarkdown().render(report);
      case JUNIT:
        return new ReportJunit().render(report);
      case SARIF:
        return new ReportSarif(VersionProvider.version()).render(report);
      default:
        return new ReportText(new Styles(spec.commandLine().getColorScheme().ansi()))
            .render(report);
    }
  }
}
