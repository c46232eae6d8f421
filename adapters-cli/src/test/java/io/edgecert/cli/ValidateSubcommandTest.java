package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateSubcommandTest {
  @TempDir Path dir;
  private String topology;
  private String certificate;

  @BeforeEach
  void files() throws IOException {
    topology = Files.writeString(dir.resolve("topology.yaml"), "version: 1\n").toString();
    certificate =
        Files.writeString(dir.resolve("edge.cer"), "-----BEGIN CERTIFICATE-----\n").toString();
  }

  private static CliRun failing() {
    return new CliRun(null, new FakeValidateUseCase(command -> ReportSamples.failing()));
  }

  @Test
  void givenPassingReport_validate_printsEachFindingSummaryAndVerdictAndExits0() {
    CliRun run = CliRun.withSamples().run("validate", topology, certificate);

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .contains("edge.pfx (external)", "subject CN=sip.contoso.com, thumbprint AB12CD")
        .contains("PASS   GEN-EKU-001     Server Authentication present\n")
        .contains("WARN   EXT-EKU-004     clientAuth may vanish")
        .contains("expected: serverAuth\n", "actual:   serverAuth, clientAuth\n")
        .contains("N/A    EXT-SAN-001     no pool")
        .contains("Summary: 1 pass, 0 fail, 1 warn, 1 not-applicable, 0 not-yet-effective")
        .endsWith("Verdict: PASS\n");
  }

  @Test
  void givenLongestRuleId_validate_keepsASpaceBeforeTheMessage() {
    Finding finding =
        Finding.of(RuleId.EXT_SUBJECT_001, FindingStatus.PASS, "subject is right", null, null);
    ValidationReport report =
        new ValidationReport(ReportSamples.AT, List.of(ReportSamples.external(List.of(finding))));
    CliRun run =
        new CliRun(null, new FakeValidateUseCase(command -> report))
            .run("validate", topology, certificate);

    assertThat(run.out).contains("PASS   EXT-SUBJECT-001 subject is right\n");
  }

  @Test
  void givenFailedMustRule_validate_showsExpectedAndActualAndExits1() {
    CliRun run = failing().run("validate", topology, certificate);

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out)
        .contains(
            "FAIL   EXT-SAN-004     sip.fabrikam.com is missing from the SAN\n"
                + " ".repeat(25)
                + "expected: sip.fabrikam.com\n")
        .contains("internal.cer (internal)")
        .endsWith("Verdict: FAIL\n");
  }

  @Test
  void givenFiles_validate_buildsTheCommandFromTheirBytes() throws IOException {
    String root = Files.writeString(dir.resolve("root.cer"), "ROOT").toString();
    String bundle = Files.writeString(dir.resolve("public.pem"), "BUNDLE").toString();
    CliRun run =
        CliRun.withSamples()
            .run(
                "validate",
                topology,
                certificate,
                certificate,
                "--role",
                "av-authentication",
                "--at",
                "2025-06-01",
                "--expiry-warning-days",
                "10",
                "--trust",
                root,
                "--trust",
                root,
                "--public-roots",
                bundle);

    ValidateCommand command = run.validation.lastCommand;
    assertThat(run.exitCode).isEqualTo(0);
    assertThat(new String(command.topology().content(), StandardCharsets.UTF_8))
        .isEqualTo("version: 1\n");
    assertThat(command.certificates())
        .hasSize(2)
        .allSatisfy(
            source -> {
              assertThat(source.name()).isEqualTo(certificate);
              assertThat(source.role()).isEqualTo(CertificateRole.AV_AUTHENTICATION);
              assertThat(source.password()).isNull();
            });
    assertThat(command.at()).isEqualTo(Instant.parse("2025-06-01T00:00:00Z"));
    assertThat(command.expiryWarningDays()).isEqualTo(10);
    assertThat(command.trust().privateRoots())
        .hasSize(2)
        .allSatisfy(r -> assertThat(r).asString().isEqualTo("ROOT"));
    assertThat(command.trust().publicRoots()).asString().isEqualTo("BUNDLE");
    assertThat(command.trust().privateRootNames())
        .containsExactly("--trust " + root, "--trust " + root);
    assertThat(command.trust().publicRootsName()).isEqualTo("--public-roots " + bundle);
  }

  @Test
  void givenAMissingTrustFile_validate_namesTheOption() {
    CliRun run =
        CliRun.withSamples().run("validate", topology, certificate, "--trust", "no-root.pem");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("--trust no-root.pem: cannot read it: no such file\n");
  }

  @Test
  void givenMembers_validate_handsEachCopyInWithItsMember() throws IOException {
    String edge1 = Files.writeString(dir.resolve("edge1.pfx"), "ONE").toString();
    String edge2 = Files.writeString(dir.resolve("edge2.pfx"), "TWO").toString();
    CliRun run =
        CliRun.withSamples()
            .run(
                "validate",
                topology,
                "--member",
                "edge1.contoso.net=" + edge1,
                "--member",
                "edge2.contoso.net=" + edge2);

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.validation.lastCommand.certificates())
        .extracting(source -> source.member() + " " + source.name())
        .containsExactly("edge1.contoso.net " + edge1, "edge2.contoso.net " + edge2);
  }

  @Test
  void givenChainFiles_validate_offersThemAsIntermediates() throws IOException {
    String ca = Files.writeString(dir.resolve("ca.pem"), "ISSUING CA").toString();
    String root = Files.writeString(dir.resolve("root.p7b"), "ROOT").toString();
    CliRun run =
        CliRun.withSamples().run("validate", topology, certificate, "--chain", ca, "--chain", root);

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.validation.lastCommand.certificates()).hasSize(1);
    assertThat(run.validation.lastCommand.trust().intermediates())
        .extracting(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .containsExactly("ISSUING CA", "ROOT");
    assertThat(run.validation.lastCommand.trust().privateRoots()).isEmpty();
  }

  @Test
  void givenAMemberWithoutFile_validate_exits2NamingTheExpectedForm() {
    CliRun run = CliRun.withSamples().run("validate", topology, "--member", "edge1.contoso.net");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--member expects NAME=FILE", "got 'edge1.contoso.net'");
  }

  @Test
  void givenNeitherCertificateNorMember_validate_exits2() {
    CliRun run = CliRun.withSamples().run("validate", topology);

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .contains("Missing required parameter: 'CERT' (or --files-from, or --member)");
  }

  @Test
  void givenPoolSection_validate_printsWhoHoldsWhatInEveryFormat() {
    CliRun text =
        new CliRun(null, new FakeValidateUseCase(command -> ReportSamples.pool()))
            .run("validate", topology, certificate);
    CliRun markdown =
        new CliRun(null, new FakeValidateUseCase(command -> ReportSamples.pool()))
            .run("validate", topology, certificate, "--format", "markdown");
    CliRun junit =
        new CliRun(null, new FakeValidateUseCase(command -> ReportSamples.pool()))
            .run("validate", topology, certificate, "--format", "junit");

    assertThat(text.exitCode).isEqualTo(1);
    assertThat(text.out)
        .contains("Pool: external certificate on every member\n")
        .contains(
            "  edge1.contoso.net (edge1.pfx): thumbprint 1111111111111111111111111111111111111111,"
                + " key RSA 2048 bits SHA-256 AAAAAAAAAAAAAAAA, issuer CN=Issuing CA, serial 01,"
                + " not after 2026-12-31T00:00:00Z\n")
        .contains("  no copy given: edge3.contoso.net\n")
        .contains("FAIL   EXT-POOL-001    the members hold different certificates")
        .contains("Summary: 1 pass, 1 fail,");
    assertThat(markdown.out)
        .contains("## Pool: external certificate on every member\n")
        .contains("- edge2.contoso.net (edge2.pfx): thumbprint 2222")
        .contains("| fail | EXT-POOL-001 | must | the members hold different certificates");
    assertThat(junit.out)
        .contains("tests=\"2\" failures=\"1\"")
        .contains("<testsuite name=\"Pool: external certificate on every member\"")
        .contains("classname=\"edgecert.pool.external\" name=\"EXT-POOL-001\"");
  }

  @Test
  void givenDefaults_validate_judgesNowWithThirtyDaysAndJdkRoots() {
    CliRun run =
        CliRun.withSamples()
            .run("validate", topology, certificate, "--at", "2025-06-01T12:30:00+02:00");

    ValidateCommand command = run.validation.lastCommand;
    assertThat(command.at()).isEqualTo(Instant.parse("2025-06-01T10:30:00Z"));
    assertThat(command.expiryWarningDays()).isEqualTo(30);
    assertThat(command.trust().publicRoots()).isNull();
    assertThat(command.trust().privateRoots()).isEmpty();
    assertThat(command.certificates().get(0).role()).isNull();
  }

  @Test
  void givenFormatJson_validate_printsExactlyTheExportedReport() {
    CliRun run = failing().run("validate", topology, certificate, "--format", "json");

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out).isEqualTo("{\"verdict\":\"fail\"}\n");
  }

  @Test
  void givenFormatMarkdown_validate_printsAFindingsTablePerCertificate() {
    CliRun run = failing().run("validate", topology, certificate, "--format", "markdown");

    assertThat(run.out)
        .startsWith("# Edge certificate validation\n")
        .contains("- Evaluated at: 2025-06-01T00:00:00Z\n- Verdict: **fail**\n")
        .contains("- Subject: `CN=sip.contoso.com`\n- Thumbprint: `AB12CD`\n- Verdict: **fail**\n")
        .contains("## edge.pfx (external)", "## internal.cer (internal)")
        .contains("| Status | Rule | Severity | Finding | Expected | Actual |")
        .contains(
            "| fail | EXT-SAN-004 | must | sip.fabrikam.com is missing from the SAN"
                + " | `sip.fabrikam.com` | `sip.contoso.com, webcon.contoso.com` |")
        .contains("| pass | GEN-EKU-001 | must | Server Authentication present |  |  |");
  }

  @Test
  void givenBadOptions_validate_exits2WithoutCallingTheUseCase() {
    String[][] cases = {
      {"validate", topology},
      {"validate", topology, certificate, "--role", "edge"},
      {"validate", topology, certificate, "--at", "yesterday"},
      {"validate", topology, certificate, "--expiry-warning-days", "-1"},
      {"validate", topology, certificate, "--password-file", certificate, "--password-env", "X"},
      {"validate", topology, certificate, "--format", "xml"},
    };
    for (String[] args : cases) {
      CliRun run = CliRun.withSamples().run(args);

      assertThat(run.exitCode).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.out).isEmpty();
      assertThat(run.err).contains("Try 'edgecert validate --help'");
      assertThat(run.validation.lastCommand).isNull();
    }
  }

  @Test
  void givenMissingCertificate_validate_exits2NamingIt() {
    CliRun run = CliRun.withSamples().run("validate", topology, "nothere.pfx");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("edgecert: cannot read nothere.pfx: no such file\n");
  }

  @Test
  void givenMissingTopologyAndCertificate_validate_namesTheTopologyFirst() {
    CliRun run = CliRun.withSamples().run("validate", "topology.yml", "nothere.pfx");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).isEqualTo("edgecert: cannot read topology.yml: no such file\n");
  }

  @Test
  void givenHelp_validate_showsPasswordOptionsAndExamples() {
    CliRun run = CliRun.withSamples().run("validate", "--help");

    assertThat(run.out)
        .contains(
            "--password-file=FILE", "--password-env=VAR", "--trust=FILE", "--public-roots=FILE")
        .contains("text, markdown, json, junit, sarif")
        .contains("--strict", "--output=FILE")
        .contains("Examples:", "--format junit --output edgecert.xml");
    assertThat(run.out).doesNotContain("--password=");
  }
}
