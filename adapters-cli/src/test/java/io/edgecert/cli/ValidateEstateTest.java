package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate over directories, patterns and lists: many files, judged in parallel, streamed. */
class ValidateEstateTest {
  @TempDir Path dir;
  private String topology;
  private Path certs;

  @BeforeEach
  void files() throws IOException {
    topology = Files.writeString(dir.resolve("topology.yaml"), "version: 1\n").toString();
    certs = Files.createDirectories(dir.resolve("certs"));
    write("certs/a.cer", "PASS");
    write("certs/sub/b.pem", "PASS");
    write("certs/sub/deeper/c.CRT", "PASS");
    write("certs/notes.txt", "not a certificate");
    write("certs/.git/d.pem", "PASS");
  }

  private void write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  /** Each source is judged by its content: PASS passes, FAIL fails, BAD cannot be decoded. */
  static ValidationReport byContent(ValidateCommand command) {
    CertificateSource source = command.certificates().get(0);
    String content = new String(source.content(), StandardCharsets.UTF_8).strip();
    if (content.equals("BAD")) {
      throw new InvalidInputException(
          source.name(), InvalidInputException.Kind.MALFORMED, "holds no certificate");
    }
    ValidationReport sample =
        content.equals("FAIL") ? ReportSamples.failing() : ReportSamples.passing();
    CertificateReport first = sample.certificates().get(0);
    return new ValidationReport(
        ReportSamples.AT,
        List.of(
            new CertificateReport(
                CertificateRole.EXTERNAL,
                source.name(),
                first.subjectName(),
                first.thumbprint(),
                first.findings())));
  }

  private static CliRun cli() {
    return new CliRun(null, new FakeValidateUseCase(ValidateEstateTest::byContent));
  }

  private String path(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void givenDirectory_validate_checksItsCertificateFilesRecursivelyInNameOrder() {
    CliRun run = cli().run("validate", topology, certs.toString(), "--jobs", "3");

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.err).isEmpty();
    assertThat(run.validation.judged)
        .containsExactlyInAnyOrder(
            path("certs/a.cer"), path("certs/sub/b.pem"), path("certs/sub/deeper/c.CRT"));
    assertThat(run.out.indexOf(path("certs/a.cer")))
        .isLessThan(run.out.indexOf(path("certs/sub/b.pem")));
    assertThat(run.out.indexOf(path("certs/sub/b.pem")))
        .isLessThan(run.out.indexOf(path("certs/sub/deeper/c.CRT")));
    assertThat(run.out).endsWith("Verdict: PASS\n");
  }

  @Test
  void givenFormatJsonl_validate_writesOneCompactReportPerCertificate() {
    CliRun run = cli().run("validate", topology, certs.toString(), "--format", "jsonl");

    List<String> lines = run.out.lines().toList();
    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.out).endsWith("\n");
    assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("{\"verdict\":"));
    assertThat(run.validation.lastEachCommand.topology().name()).isEqualTo(topology);
  }

  @Test
  void givenGlobPattern_validate_checksTheFilesItMatches() {
    CliRun run = cli().run("validate", topology, certs + "/**/*.pem", "--format", "jsonl");

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.validation.judged).containsExactly(path("certs/sub/b.pem"));
  }

  @Test
  void givenPatternMatchingNothing_validate_exits2NamingIt() {
    CliRun run = cli().run("validate", topology, certs + "/*.p12");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("cannot read " + certs + "/*.p12: no file matches this pattern");
    assertThat(run.validation.judged).isEmpty();
  }

  @Test
  void givenFilesFromStdin_validate_checksEachListedFile() {
    CliRun run = cli();
    run.stdin = path("certs/a.cer") + "\n\n" + path("certs/notes.txt") + "\r\n";
    run.run("validate", topology, "--files-from", "-", "--format", "jsonl");

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.validation.judged)
        .containsExactlyInAnyOrder(path("certs/a.cer"), path("certs/notes.txt"));
  }

  @Test
  void givenFilesFromAFile_validate_checksEachListedFileAndDirectory() throws IOException {
    Path list = Files.writeString(dir.resolve("list.txt"), path("certs/sub") + "\n");
    CliRun run = cli().run("validate", topology, "--files-from", list.toString());

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.validation.judged)
        .containsExactlyInAnyOrder(path("certs/sub/b.pem"), path("certs/sub/deeper/c.CRT"));
  }

  @Test
  void givenOneFailingCertificate_validate_exits1() throws IOException {
    write("certs/sub/e.cer", "FAIL");
    CliRun run = cli().run("validate", topology, certs.toString(), "--format", "jsonl");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out.lines().filter(line -> line.startsWith("{\"verdict\":\"fail\""))).hasSize(1);
  }

  @Test
  void givenUnreadableFiles_validate_reportsThemChecksTheRestAndExits2() throws IOException {
    write("certs/sub/e.cer", "FAIL");
    write("certs/sub/f.cer", "BAD");
    CliRun run = cli().run("validate", topology, certs.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo(path("certs/sub/f.cer") + ": holds no certificate\n");
    assertThat(run.out).contains(path("certs/sub/e.cer"), path("certs/a.cer"));
    assertThat(run.out).doesNotContain(path("certs/sub/f.cer")).endsWith("Verdict: FAIL\n");
  }

  @Test
  void givenMissingListedFile_validate_reportsItAndGoesOn() {
    CliRun run = cli();
    run.stdin = path("certs/missing.cer") + "\n" + path("certs/a.cer") + "\n";
    run.run("validate", topology, "--files-from", "-", "--format", "jsonl");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("cannot read " + path("certs/missing.cer") + ": no such file");
    assertThat(run.out.lines()).hasSize(1);
  }

  @Test
  void givenProgress_validate_endsWithASummaryOnStderr() {
    CliRun run = cli().run("validate", topology, certs.toString(), "--progress", "--jobs", "1");

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.err)
        .matches("(?s).*validate: 3 files in .* \\(.*/s\\), 0 failed, 0 unreadable\n");
  }

  @Test
  void givenNoProgress_validate_writesNothingToStderr() {
    CliRun run = cli().run("validate", topology, certs.toString(), "--no-progress");

    assertThat(run.err).isEmpty();
  }

  @Test
  void givenBadJobs_validate_exits2WithoutJudging() {
    CliRun run = cli().run("validate", topology, certs.toString(), "--jobs", "0");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--jobs must be at least 1");
    assertThat(run.validation.judged).isEmpty();
  }

  @Test
  void givenNeitherCertificateNorList_validate_exits2() {
    CliRun run = cli().run("validate", topology);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .contains("Missing required parameter: 'CERT' (or --files-from, or --member)");
  }

  @Test
  void givenStdinTwice_validate_exits2() {
    CliRun run = cli().run("validate", topology, "-", "--files-from", "-");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("standard input cannot be both a certificate and --files-from");
  }

  @Test
  void givenFilesNamedOneByOne_validate_checksThemInOneRunAsBefore() {
    CliRun run = cli().run("validate", topology, path("certs/a.cer"), path("certs/sub/b.pem"));

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.validation.judged).isEmpty();
    assertThat(run.validation.lastCommand.certificates()).hasSize(2);
  }
}
