package io.edgecert.cli;

import io.edgecert.domain.plan.SamplePlan;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** Runs the CLI in process with hand-written fakes and captures exit code, stdout and stderr. */
final class CliRun {
  final FakePlanUseCase plans;
  final FakeValidateUseCase validation;
  final Map<String, String> variables = new HashMap<>();
  String stdin = "";
  PasswordPrompt prompt = PasswordPrompt.none();
  Ansi ansi = Ansi.OFF;
  int exitCode;
  String out;
  String err;

  CliRun(FakePlanUseCase plans, FakeValidateUseCase validation) {
    this.plans = plans;
    this.validation = validation;
  }

  static CliRun withSamples() {
    return new CliRun(
        new FakePlanUseCase(command -> SamplePlan.plan(command.asOf())),
        new FakeValidateUseCase(command -> ReportSamples.passing()));
  }

  CliRun run(String... args) {
    CommandLine cli = commandLine();
    StringWriter outText = new StringWriter();
    StringWriter errText = new StringWriter();
    cli.setOut(new PrintWriter(outText, true));
    cli.setErr(new PrintWriter(errText, true));
    exitCode = cli.execute(args);
    out = outText.toString();
    err = errText.toString();
    return this;
  }

  /** The command line with the fakes, before its streams are set. */
  CommandLine commandLine() {
    CliEnvironment environment =
        new CliEnvironment(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            variables,
            prompt,
            ansi);
    FakeExportUseCase export = new FakeExportUseCase();
    List<Object> subcommands =
        List.of(
            new PlanSubcommand(plans, export, environment),
            new ValidateSubcommand(validation, validation, export, environment),
            new RulesSubcommand(new FakeRulesUseCase(), export));
    return EdgecertCli.create(new EdgecertCommand(), subcommands, environment);
  }
}
