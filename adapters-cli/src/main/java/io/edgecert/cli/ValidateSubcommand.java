package io.edgecert.cli;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edgecert validate}: judges certificates against the plan of a topology. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Checks certificates (PEM, DER, PKCS#7, PKCS#12 or a PKCS#10 request) against the plan of",
      "a topology and reports a finding per rule. A PKCS#12 password is read from a file or an",
      "environment variable, or asked for on the terminal."
    },
    exitCodeListHeading = CommandText.EXIT_CODES,
    exitCodeList = {
      CommandText.EXIT_OK, CommandText.EXIT_FAILED, CommandText.EXIT_INVALID, CommandText.EXIT_INTERNAL
    },
    footerHeading = CommandText.EXAMPLES,
    footer = {
      "  edgecert validate topology.yaml edge-external.cer",
      "  edgecert validate topology.yaml edge.pfx --role external --password-env PFX_PASSWORD",
      "  edgecert validate topology.yaml internal.pem --trust corp-root.cer --at 2026-01-01",
      "  edgecert validate topology.yaml *.cer --format junit > edgecert-report.xml"
    })
public final class ValidateSubcommand implements Callable<Integer> {

  /** Output formats of validate. */
  enum Format {
    TEXT,
    MARKDOWN,
    JSON,
    JUNIT;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a format by its lower-case name. */
    static final class Converter extends ChoiceConverter<Format> {
      Converter() {
        super(Format.class);
      }
    }
  }

  private final ValidateUseCase validation;
  private final ExportUseCase export;
  private final InputFiles files;
  private final CertificateInputs inputs;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TOPOLOGY", description = "The topology, YAML or JSON.")
  String topology;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "CERT", description = "Certificates.")
  List<String> certificates;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      converter = RoleConverter.class,
      description = "external, av-authentication or internal (default: matched by edgecert).")
  CertificateRole role;

  @Option(
      names = "--at",
      paramLabel = "DATE_OR_INSTANT",
      converter = InstantConverter.class,
      description = "Judge validity at this date (UTC) or instant (default: now).")
  Instant at;

  @Option(
      names = "--expiry-warning-days",
      paramLabel = "DAYS",
      defaultValue = "" + ValidateCommand.DEFAULT_EXPIRY_WARNING_DAYS,
      description = "Warn when a certificate expires within DAYS (default: ${DEFAULT-VALUE}).")
  int expiryWarningDays;

  @Option(
      names = "--format",
      defaultValue = "text",
      converter = Format.Converter.class,
      paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @ArgGroup(exclusive = true)
  PasswordOptions password;

  @Option(
      names = "--trust",
      paramLabel = "FILE",
      description = "Also trust this private root (PEM or DER); repeatable.")
  List<String> trust = new ArrayList<>();

  @Option(
      names = "--public-roots",
      paramLabel = "FILE",
      description = "Use this PEM bundle as the public roots instead of the JDK's.")
  String publicRoots;

  public ValidateSubcommand(
      ValidateUseCase validation, ExportUseCase export, CliEnvironment environment) {
    this.validation = validation;
    this.export = export;
    this.files = new InputFiles(environment.stdin());
    this.inputs = new CertificateInputs(environment);
  }

  @Override
  public Integer call() {
    if (expiryWarningDays < 0) {
      throw new ParameterException(spec.commandLine(), "--expiry-warning-days must not be negative");
    }
    List<CertificateSource> sources = inputs.sources(certificates, password, role);
    try {
      ValidationReport report = validation.validate(command(sources));
      CommandText.print(spec, render(report));
      return report.verdict() == Verdict.PASS ? ExitCode.OK : ExitCode.RULE_FAILED;
    } finally {
      CertificateInputs.wipe(sources);
    }
  }

  private ValidateCommand command(List<CertificateSource> sources) {
    TrustSettings trustSettings = inputs.trust(publicRoots, trust);
    return new ValidateCommand(
        files.topology(topology), sources, at, expiryWarningDays, trustSettings);
  }

  private String render(ValidationReport report) {
    switch (format) {
      case JSON:
        return export.reportJson(report);
      case MARKDOWN:
        return new ReportMarkdown().render(report);
      case JUNIT:
        return new ReportJunit().render(report);
      default:
        return new ReportText(spec.commandLine().getColorScheme().ansi()).render(report);
    }
  }
}
