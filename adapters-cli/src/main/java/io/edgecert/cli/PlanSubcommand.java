package io.edgecert.cli;

import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.PlanCommand;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.domain.plan.CertificatePlan;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edgecert plan}: the certificates a topology needs, as text, Markdown or JSON. */
@Command(
    name = "plan",
    header = "Lists the certificates an Edge topology needs.",
    description =
        "For each certificate: subject, SANs with the reason and rule of each, EKUs, CA kind,"
            + " key, pool sharing, usages and the Request-CsCertificate command; then the"
            + " advisories.",
    exitCodeList = {CommandText.EXIT_PLAN_OK, CommandText.EXIT_INVALID, CommandText.EXIT_INTERNAL},
    footer = {
      "  edgecert plan topology.yaml",
      "  edgecert plan topology.yaml --format markdown > change-ticket.md",
      "  edgecert plan --format json --as-of 2026-06-01 - < topology.json"
    })
public final class PlanSubcommand implements Callable<Integer> {

  private final PlanUseCase plans;
  private final ExportUseCase export;
  private final InputFiles files;

  @Spec CommandSpec spec;

  @Mixin OutputOption output = new OutputOption();

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      defaultValue = InputFiles.STDIN,
      description = "The topology, YAML or JSON; - or none reads standard input.")
  String file;

  @Option(
      names = "--format",
      defaultValue = "text",
      converter = OutputFormat.OfPlan.class,
      completionCandidates = OutputFormat.OfPlan.class,
      paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = DateConverter.class,
      description = "Judge date-dependent advisories as of this date (default: today, UTC).")
  LocalDate asOf;

  public PlanSubcommand(PlanUseCase plans, ExportUseCase export, CliEnvironment environment) {
    this.plans = plans;
    this.export = export;
    this.files = new InputFiles(environment.stdin());
  }

  @Override
  public Integer call() {
    CertificatePlan plan = plans.plan(new PlanCommand(files.topology(file), asOf));
    CommandText.print(spec, render(plan));
    return ExitCode.OK;
  }

  private String render(CertificatePlan plan) {
    switch (format) {
      case JSON:
        return export.planJson(plan);
      case MARKDOWN:
        return new PlanMarkdown().render(plan);
      default:
        return new PlanText(new Styles(spec.commandLine().getColorScheme().ansi())).render(plan);
    }
  }
}
