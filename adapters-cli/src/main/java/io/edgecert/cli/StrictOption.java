package io.edgecert.cli;

import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.Verdict;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --strict}: warnings fail the run too (exit 1), for pipelines that want it. */
public final class StrictOption {

  @Option(
      names = "--strict",
      description =
          "Warnings fail too: exit 1 when a finding warns, even if every must-rule passed.")
  boolean strict;

  /** The exit code of a validation: 1 when a must-rule failed, or under --strict a rule warned. */
  int exitCode(ValidationReport report, CommandSpec spec) {
    return exitCode(report.verdict() == Verdict.PASS, warnings(report), spec);
  }

  /**
   * The exit code of a run whose verdicts all {@code passed} or not, with {@code warnings} warning
   * findings in all: 1 when one failed, or under --strict when one warned (said on stderr).
   */
  int exitCode(boolean passed, long warnings, CommandSpec spec) {
    if (!passed) {
      return ExitCode.RULE_FAILED;
    }
    if (strict && warnings > 0) {
      spec.commandLine()
          .getErr()
          .println("edgecert: --strict: " + warnings + " warning(s) fail the run (exit 1)");
      return ExitCode.RULE_FAILED;
    }
    return ExitCode.OK;
  }

  /** The findings of the report that warn. */
  static long warnings(ValidationReport report) {
    return report.certificates().stream()
        .flatMap(c -> c.findings().stream())
        .filter(f -> f.status() == FindingStatus.WARN)
        .count();
  }
}
