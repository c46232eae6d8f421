package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.rules.RuleId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesSubcommandTest {

  @Test
  void givenNoId_rules_listsTheWholeCatalogue() {
    CliRun run = CliRun.withSamples().run("rules");

    assertThat(run.exitCode).isEqualTo(0);
    for (RuleId rule : FakeRulesUseCase.CATALOGUE) {
      assertThat(run.out).contains(rule.id() + "  " + rule.severity().code() + "\n");
    }
    assertThat(run.out)
        .contains("    Applies when: always\n", "    Sources: S10, S01–S06, S08, K1, K2\n");
  }

  @Test
  void givenPrefix_rules_listsOnlyTheMatchingRules() {
    CliRun run = CliRun.withSamples().run("rules", "EXT-SAN");

    assertThat(run.out).contains("EXT-SAN-001", "EXT-SAN-004").doesNotContain("GEN-EKU-001");
  }

  @Test
  void givenLongStatements_rules_wrapsLinesAtAHundredCharacters() {
    CliRun run = CliRun.withSamples().run("rules", "EXT-EKU-004");

    assertThat(run.out.lines().toList())
        .hasSizeGreaterThan(4)
        .filteredOn(line -> !line.strip().startsWith("http"))
        .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(100));
    assertThat(run.out.replaceAll("\\s+", " ")).contains(RuleId.EXT_EKU_004.statement());
  }

  @Test
  void givenUnknownId_rules_exits2WithAMessageAndNoOutput() {
    CliRun run = CliRun.withSamples().run("rules", "NOPE-1");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .isEqualTo("edgecert: no rule matches 'NOPE-1'; 'edgecert rules' lists them all\n");
  }

  @Test
  void givenFormatJson_rules_printsTheExportedRules() {
    CliRun run = CliRun.withSamples().run("rules", "EXT-SAN", "--format", "json");

    assertThat(run.out)
        .isEqualTo(
            new FakeExportUseCase().rulesJson(List.of(RuleId.EXT_SAN_001, RuleId.EXT_SAN_004))
                + "\n");
  }

  @Test
  void givenHelp_rules_showsExamples() {
    CliRun run = CliRun.withSamples().run("rules", "-h");

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.out).contains("[ID]", "Examples:", "edgecert rules EXT-SAN-004");
  }
}
