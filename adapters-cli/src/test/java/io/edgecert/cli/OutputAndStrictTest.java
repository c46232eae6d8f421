package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OutputAndStrictTest {

  @Test
  void givenOutput_plan_writesTheResultToTheFileAndNothingToStdout(@TempDir Path dir)
      throws IOException {
    CliRun toStdout = CliRun.withSamples().run("plan", "--as-of", "2026-01-01");
    Path file = dir.resolve("plan.txt");
    Files.writeString(
        file, "an older and much longer plan that must be replaced whole\n".repeat(50));

    CliRun run =
        CliRun.withSamples().run("plan", "--as-of", "2026-01-01", "--output", file.toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(toStdout.out);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void givenOutputInANewDirectory_rules_createsIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("reports/rules.json");

    CliRun run = CliRun.withSamples().run("rules", "--format", "json", "--output", file.toString());

    assertThat(run.exitCode).isZero();
    assertThat(Files.readString(file)).startsWith("{");
  }

  @Test
  void givenADirectoryAsOutput_plan_exits2NamingIt(@TempDir Path dir) {
    CliRun run = CliRun.withSamples().run("plan", "--output", dir.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--output " + dir, "nothing was written");
    assertThat(dir.toFile().list()).isEmpty();
  }

  @Test
  void givenAFullDisk_rules_exits3WithAMessage() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "/dev/full exists on Linux only");

    CliRun run = CliRun.withSamples().run("rules", "--output", full.toString());

    assertThat(run.exitCode).isEqualTo(3);
    assertThat(run.err).startsWith("edgecert: cannot write /dev/full: ").contains("No space left");
    assertThat(full).exists();
  }

  @Test
  void givenAClosedStandardOutput_plan_exits3WithAMessageNotZero() {
    CommandLine cli = CliRun.withSamples().commandLine();
    java.io.StringWriter err = new java.io.StringWriter();
    cli.setOut(new PrintWriter(new BrokenStream()));
    cli.setErr(new PrintWriter(err, true));

    int exit = cli.execute("plan");

    assertThat(exit).isEqualTo(3);
    assertThat(err.toString())
        .isEqualTo(
            "edgecert: cannot write the result to standard output (closed pipe or full disk)\n");
  }

  @Test
  void givenAWarningOnly_validate_exits0_andUnderStrict1(@TempDir Path dir) throws IOException {
    String topology = Files.writeString(dir.resolve("t.yaml"), "version: 1").toString();
    String cert = Files.writeString(dir.resolve("c.pem"), "PEM").toString();

    CliRun lenient = CliRun.withSamples().run("validate", topology, cert);
    CliRun strict = CliRun.withSamples().run("validate", topology, cert, "--strict");

    assertThat(lenient.exitCode).isZero();
    assertThat(lenient.out).contains("Verdict: PASS");
    assertThat(strict.exitCode).isEqualTo(1);
    assertThat(strict.err).isEqualTo("edgecert: --strict: 1 warning(s) fail the run (exit 1)\n");
  }

  @Test
  void givenNoWarning_validateStrict_exits0(@TempDir Path dir) throws IOException {
    String topology = Files.writeString(dir.resolve("t.yaml"), "version: 1").toString();
    String cert = Files.writeString(dir.resolve("c.pem"), "PEM").toString();
    CliRun run =
        new CliRun(
                null,
                new FakeValidateUseCase(
                    command ->
                        new io.edgecert.domain.validation.ValidationReport(
                            ReportSamples.AT,
                            java.util.List.of(
                                ReportSamples.external(java.util.List.of(ReportSamples.pass()))))))
            .run("validate", topology, cert, "--strict");

    assertThat(run.exitCode).isZero();
  }

  /** An output whose every write fails, as a pipe whose reader has gone. */
  private static final class BrokenStream extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("Broken pipe");
    }
  }
}
