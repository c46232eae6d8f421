package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The options of validate hold for runs over directories, patterns and lists as for files named one
 * by one: --output (JSON lines too, all or nothing), --strict, every format, and --member either
 * compared in one run or refused with the options it cannot go with.
 */
class ValidateEstateOptionsTest {
  @TempDir Path dir;
  private String topology;
  private Path certs;
  private Path out;

  @BeforeEach
  void files() throws IOException {
    topology = Files.writeString(dir.resolve("topology.yaml"), "version: 1\n").toString();
    certs = Files.createDirectories(dir.resolve("certs"));
    Files.writeString(certs.resolve("a.cer"), "PASS");
    Files.writeString(certs.resolve("b.pem"), "PASS");
    out = Files.createDirectories(dir.resolve("out"));
  }

  private static CliRun cli() {
    return new CliRun(null, new FakeValidateUseCase(ValidateEstateTest::byContent));
  }

  private List<Path> outFiles() throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.toList();
    }
  }

  @Test
  void givenJsonlAndOutput_validate_writesTheLinesToTheFileAndNothingToStdout() throws IOException {
    Path file = out.resolve("reports.jsonl");
    Files.writeString(file, "an older result, replaced whole\n".repeat(100));

    CliRun run =
        cli()
            .run(
                "validate", topology, certs.toString(), "--format", "jsonl", "--output", "" + file);

    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEmpty();
    assertThat(Files.readAllLines(file))
        .hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith("{\"verdict\":\"pass\""));
    assertThat(outFiles()).containsExactly(file);
  }

  @Test
  void givenJsonlAndADirectoryAsOutput_validate_exits2BeforeJudgingAnything() throws IOException {
    CliRun run =
        cli()
            .run("validate", topology, certs.toString(), "--format", "jsonl", "--output", "" + out);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--output " + out + ": it is a directory; nothing was written");
    assertThat(run.validation.judged).isEmpty();
    assertThat(outFiles()).isEmpty();
  }

  @Test
  void givenJsonlAndOutputAndAnUnreadableFile_validate_writesTheOthersAndExits2()
      throws IOException {
    Files.writeString(certs.resolve("c.cer"), "BAD");
    Path file = out.resolve("reports.jsonl");

    CliRun run =
        cli()
            .run(
                "validate", topology, certs.toString(), "--format", "jsonl", "--output", "" + file);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("holds no certificate");
    assertThat(Files.readAllLines(file)).hasSize(2);
  }

  @Test
  void givenJsonlToAClosedStandardOutput_validate_exits3NotZero() {
    CommandLine cli = cli().commandLine();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new BrokenStream()));
    cli.setErr(new PrintWriter(err, true));

    int exit = cli.execute("validate", topology, certs.toString(), "--format", "jsonl");

    assertThat(exit).isEqualTo(3);
    assertThat(err.toString())
        .isEqualTo(
            "edgecert: cannot write the result to standard output (closed pipe or full disk)\n");
  }

  @Test
  void givenDirectoryAndOutput_validate_writesTheWholeReportToTheFile() throws IOException {
    Path file = out.resolve("report.md");

    CliRun run =
        cli()
            .run(
                "validate",
                topology,
                certs.toString(),
                "--format",
                "markdown",
                "--output",
                "" + file);

    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEmpty();
    assertThat(Files.readString(file))
        .contains(certs.resolve("a.cer").toString(), certs.resolve("b.pem").toString());
  }

  @Test
  void givenDirectoryAndFormatSarif_validate_writesOneSarifLogOfEveryFile() {
    CliRun run = cli().run("validate", topology, certs.toString(), "--format", "sarif");

    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .startsWith("{")
        .contains("\"version\": \"2.1.0\"")
        .contains(certs.resolve("a.cer").toString(), certs.resolve("b.pem").toString());
  }

  @Test
  void givenWarningsAndStrict_validateOfADirectory_exits1SayingWhy() {
    CliRun lenient = cli().run("validate", topology, certs.toString());
    CliRun strict = cli().run("validate", topology, certs.toString(), "--strict");
    CliRun strictLines =
        cli().run("validate", topology, certs.toString(), "--strict", "--format", "jsonl");

    assertThat(lenient.exitCode).isZero();
    assertThat(strict.exitCode).isEqualTo(1);
    assertThat(strict.err).isEqualTo("edgecert: --strict: 2 warning(s) fail the run (exit 1)\n");
    assertThat(strictLines.exitCode).isEqualTo(1);
    assertThat(strictLines.out.lines()).hasSize(2);
  }

  @Test
  void givenMemberAndJobs_validate_exits2NamingTheOptions() {
    CliRun run =
        cli()
            .run(
                "validate",
                topology,
                certs.toString(),
                "--member",
                "edge1.contoso.net=" + certs.resolve("a.cer"),
                "--jobs",
                "2");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--member compares the members' copies in one run");
    assertThat(run.validation.judged).isEmpty();
    assertThat(run.validation.lastCommand).isNull();
  }

  @Test
  void givenMemberAndADirectory_validate_comparesEveryFileInOneRun() {
    CliRun run =
        cli()
            .run(
                "validate",
                topology,
                certs.toString(),
                "--member",
                "edge1.contoso.net=" + certs.resolve("a.cer"));

    assertThat(run.exitCode).isZero();
    assertThat(run.validation.judged).isEmpty();
    assertThat(run.validation.lastCommand.certificates()).hasSize(3);
  }

  /** An output whose every write fails, as a pipe whose reader has gone. */
  private static final class BrokenStream extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("Broken pipe");
    }
  }
}
