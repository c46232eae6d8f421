package io.edgecert.cli;

import io.edgecert.application.port.in.CertificateJudge;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.validation.ValidationReport;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Validate for many files: the sink for the format, the worker pool, the password and progress,
 * with the options of a one-run validate: {@code --output} (JSON lines included, all or nothing),
 * {@code --strict} and every format.
 */
final class EstateRun {
  private final CommandSpec spec;
  private final CertificateInputs inputs;
  private final ExportUseCase export;
  private final EstateOptions options;
  private final OutputFormat format;
  private final Function<ValidationReport, String> render;
  private StrictOption strict = new StrictOption();
  private Path output;

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

  /** The run's {@code --strict} and {@code --output} (null: standard output). */
  EstateRun with(StrictOption strict, OutputOption output) {
    this.strict = strict;
    this.output = output.file;
    return this;
  }

  /**
   * Judges every file and returns the exit code: 2 when a file could not be read, else 1 when a
   * must-rule failed or, under --strict, a rule warned, else 0.
   */
  int validate(
      CertificateJudge judge, List<String> names, PasswordOptions password, CertificateRole role) {
    char[] given = inputs.givenPassword(password);
    try (StreamedResult lines =
        format == OutputFormat.JSONL ? StreamedResult.open(spec, output) : null) {
      EstateValidation validation =
          new EstateValidation(
              judge,
              name -> inputs.source(name, given, role),
              options.jobs(),
              spec.commandLine().getErr(),
              options.progress());
      EstateCounts counts = validation.run(names, sink(judge, names.size(), lines));
      if (lines != null) {
        lines.commit();
      }
      if (counts.unreadable() > 0) {
        return ExitCode.INVALID_INPUT;
      }
      return strict.exitCode(counts.failed() == 0, counts.warnings(), spec);
    } finally {
      if (given != null) {
        Arrays.fill(given, '\0');
      }
    }
  }

  private ReportSink sink(CertificateJudge judge, int size, StreamedResult lines) {
    if (lines != null) {
      return new JsonLinesSink(export, lines.writer(), judge.at());
    }
    return new CollectingSink(
        size, judge.at(), report -> CommandText.print(spec, render.apply(report)));
  }
}
