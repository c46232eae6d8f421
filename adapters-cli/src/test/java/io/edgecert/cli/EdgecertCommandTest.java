package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryLevel;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Product;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Help.Ansi;

class EdgecertCommandTest {

  @Test
  void givenVersion_edgecert_printsTheBuildVersion() {
    for (String[] args : new String[][] {{"--version"}, {"rules", "--version"}}) {
      CliRun run = CliRun.withSamples().run(args);

      assertThat(run.exitCode).isEqualTo(0);
      assertThat(run.out).containsPattern("^edgecert \\d+\\.\\d+\\.\\d+").contains("Java ");
    }
  }

  @Test
  void givenHelp_edgecert_listsSubcommandsExitCodesAndExamples() {
    CliRun run = CliRun.withSamples().run("--help");

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.out)
        .contains("plan", "validate", "rules", "NO_COLOR")
        .contains(
            "Exit codes:", "1   validate, bundle, probe: a must-rule failed", "3   internal error")
        .contains("Examples:", "edgecert rules EXT-SAN");
  }

  @Test
  void givenNoSubcommand_edgecert_exits2() {
    CliRun run = CliRun.withSamples().run();

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("Try 'edgecert --help'");
  }

  @Test
  void givenTerminal_plan_usesColour(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("t.yaml"), "version: 1\n");
    CliRun run = CliRun.withSamples();
    run.ansi = Ansi.ON;
    run.run("plan", file.toString());

    assertThat(run.out).contains("\u001B[1m");
  }

  @Test
  void givenTerminal_validate_showsFileNamesVerbatimEvenWithMarkupInThem(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("t.yaml"), "version: 1\n");
    CertificateReport odd =
        new CertificateReport(null, "odd @|red name|@.pfx", null, null, List.of());
    CliRun run =
        new CliRun(null, new FakeValidateUseCase(c -> new ValidationReport(null, List.of(odd))));
    run.ansi = Ansi.ON;
    run.run("validate", file.toString(), file.toString());

    assertThat(run.out).contains("odd @|red name|@.pfx (no matching role)").contains("\u001B[1m");
  }

  @Test
  void givenNoColor_plan_usesNoEscapeCodesEvenOnATerminal(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("t.yaml"), "version: 1\n");
    for (String[] args :
        new String[][] {{"plan", file.toString()}, {"rules"}, {"plan", "--help"}}) {
      CliRun run = CliRun.withSamples();
      run.ansi = Ansi.ON;
      run.variables.put("NO_COLOR", "1");
      run.run(args);

      assertThat(run.exitCode).isEqualTo(0);
      assertThat(run.out).doesNotContain("\u001B[").doesNotContain("@|");
    }
  }

  @Test
  void givenAnEmptyNoColor_plan_stillUsesColourOnATerminal(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("t.yaml"), "version: 1\n");
    CliRun run = CliRun.withSamples();
    run.ansi = Ansi.ON;
    run.variables.put("NO_COLOR", "");
    run.run("plan", file.toString());

    assertThat(run.out).contains("\u001B[1m");
  }

  @Test
  void givenADumbTerminal_plan_usesNoColour(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("t.yaml"), "version: 1\n");
    CliRun run = CliRun.withSamples();
    run.ansi = Ansi.ON;
    run.variables.put("TERM", "dumb");
    run.run("plan", file.toString());

    assertThat(run.out).doesNotContain("\u001B[");
  }

  @Test
  void givenColorOption_plan_followsItOverTheTerminal(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("t.yaml"), "version: 1\n");
    CliRun never = CliRun.withSamples();
    never.ansi = Ansi.ON;
    never.run("plan", file.toString(), "--color=never");
    CliRun always = CliRun.withSamples();
    always.variables.put("TERM", "dumb");
    always.run("--color", "always", "plan", file.toString());
    CliRun auto = CliRun.withSamples();
    auto.ansi = Ansi.ON;
    auto.run("plan", "--color=AUTO", file.toString());
    CliRun wrong = CliRun.withSamples().run("plan", file.toString(), "--color=sometimes");

    assertThat(never.exitCode).isZero();
    assertThat(never.out).doesNotContain("\u001B[");
    assertThat(always.out).contains("\u001B[1m");
    assertThat(auto.out).contains("\u001B[1m");
    assertThat(wrong.exitCode).isEqualTo(2);
    assertThat(wrong.err)
        .contains("'sometimes' is not a colour mode; expected auto, always or never");
  }

  @Test
  void givenAnUnknownSubcommandWithHelp_edgecert_exits2NamingIt() {
    CliRun run = CliRun.withSamples().run("probe", "--help");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).contains("probe").contains("Try 'edgecert --help'");
  }

  @Test
  void givenInfoAndWarningAdvisories_plan_colourThemDifferently(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("t.yaml"), "version: 1\n");
    CliRun run =
        new CliRun(
            new FakePlanUseCase(
                command ->
                    new CertificatePlan(
                        Product.LYNC_2013,
                        null,
                        List.of(),
                        List.of(
                            new Advisory(RuleId.PIC_004, AdvisoryLevel.WARNING, "ended"),
                            new Advisory(RuleId.FED_005, AdvisoryLevel.INFO, "note")))),
            null);
    run.ansi = Ansi.ON;
    run.run("plan", file.toString());

    assertThat(run.out)
        .contains("\u001B[33mwarning \u001B[0m")
        .contains("\u001B[36minfo    \u001B[0m");
  }
}
