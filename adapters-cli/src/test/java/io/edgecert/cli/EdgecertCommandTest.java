package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
        .contains("Exit codes:", "1   validate: a must-rule failed", "3   internal error")
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
  void givenNoColor_plan_usesNoEscapeCodesEvenOnATerminal(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("t.yaml"), "version: 1\n");
    for (String[] args : new String[][] {{"plan", file.toString()}, {"rules"}, {"plan", "--help"}}) {
      CliRun run = CliRun.withSamples();
      run.ansi = Ansi.ON;
      run.variables.put("NO_COLOR", "1");
      run.run(args);

      assertThat(run.exitCode).isEqualTo(0);
      assertThat(run.out).doesNotContain("\u001B[").doesNotContain("@|");
    }
  }
}
