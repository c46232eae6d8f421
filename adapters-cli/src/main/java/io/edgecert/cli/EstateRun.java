package io.edgecert.cli;

import io.edgecert.application.port.in.CertificateJudge;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.validation.ValidationReport;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/** Validate for many files: the sink for the format, the worker pool, the password and progress. */
final class EstateRun {
  private final CommandSpec spec;
  private final CertificateInputs inputs;
  private final ExportUseCase export;
  private final EstateOptions options;
  private final OutputFormat format;
  private final Function<ValidationReport, String> render;

  EstateRun(
      CommandSpec spec,
      CertificateInputs inputs,
      ExportUseCase export,
      EstateOptions options,
      OutputFormat format,
      Function<ValidationReport, String> render) {
    this.spec = spec;
    this.inputs = inputs;
    this.export = export;
    this.options = options;
    this.format = format;
    this.render = render;
  }

  /** Judges every file and returns the exit code. */
  int validate(
      CertificateJudge judge, List<String> names, PasswordOptions password, CertificateRole role) {
    char[] given = inputs.givenPassword(password);
    try {
      EstateValidation validation =
          new EstateValidation(
              judge,
              name -> inputs.source(name, given, role),
              options.jobs(),
              spec.commandLine().getErr(),
              options.progress());
      return validation.run(names, sink(judge, names.size()));
    } finally {
      if (given != null) {
        Arrays.fill(given, '\0');
      }
    }
  }

  private ReportSink sink(CertificateJudge judge, int size) {
    if (format == OutputFormat.JSONL) {
      return new JsonLinesSink(export, spec.commandLine().getOut(), judge.at());
    }
    return new CollectingSink(
        size, judge.at(), report -> CommandText.print(spec, render.apply(report)));
  }
}
