package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.in.TopologySource;
import io.edgecert.domain.plan.SamplePlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanSubcommandTest {
  @TempDir Path dir;

  private String topology(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, "version: 1\n");
    return file.toString();
  }

  @Test
  void givenTopologyFile_plan_printsEveryFieldOfEachCertificateThenAdvisories() throws IOException {
    CliRun run = CliRun.withSamples().run("plan", topology("t.yaml"), "--as-of", "2025-06-01");

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.err).isEmpty();
    assertThat(run.out)
        .contains("Certificate plan for Lync Server 2013, as of 2025-06-01")
        .contains("external: Scaled consolidated Edge (External Edge)")
        .containsPattern("Subject name +sip.contoso.com")
        .contains("1. sip.contoso.com - Access Edge FQDN [EXT-SAN-001]")
        .contains("3. sip.fabrikam.com - SIP domain fabrikam.com [EXT-SAN-004]")
        .contains("Server Authentication (1.3.6.1.5.5.7.3.1), Client Authentication")
        .containsPattern("CA kind +public\n")
        .containsPattern("Exportable key +yes")
        .containsPattern("Shared by pool members +yes")
        .contains("AccessEdgeExternal, DataEdgeExternal")
        .containsPattern("Key +RSA 2048")
        .contains(SamplePlan.REQUEST)
        .contains("Export it with its key | import it on every pool member")
        .containsPattern("Key +-\n")
        .containsPattern("warning +EXT-EKU-004  Public CAs are dropping clientAuth.");
    assertThat(run.out.indexOf("Advisories")).isGreaterThan(run.out.indexOf("lsedge.contoso.net"));
  }

  @Test
  void givenYamlFile_plan_handsItsBytesNameAndSyntaxToTheUseCase() throws IOException {
    String file = topology("edge.yml");
    CliRun run = CliRun.withSamples().run("plan", file);

    TopologySource source = run.plans.lastCommand.topology();
    assertThat(source.name()).isEqualTo(file);
    assertThat(source.syntax()).isEqualTo(TopologySource.Syntax.YAML);
    assertThat(run.plans.lastContent).isEqualTo("version: 1\n");
    assertThat(run.plans.lastCommand.asOf()).isNull();
  }

  @Test
  void givenNoFileOrDash_plan_readsStandardInput() {
    for (String[] args : new String[][] {{"plan"}, {"plan", "-"}}) {
      CliRun run = CliRun.withSamples();
      run.stdin = "{\"version\": 1}";
      run.run(args);

      assertThat(run.exitCode).isEqualTo(0);
      assertThat(run.plans.lastContent).isEqualTo("{\"version\": 1}");
      assertThat(run.plans.lastCommand.topology().name()).isEqualTo("<stdin>");
      assertThat(run.plans.lastCommand.topology().syntax()).isEqualTo(TopologySource.Syntax.AUTO);
    }
  }

  @Test
  void givenFormatJson_plan_printsExactlyTheExportedJson() throws IOException {
    CliRun run =
        CliRun.withSamples()
            .run("plan", topology("t.json"), "--format", "json", "--as-of", "2026-01-02");

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.out)
        .isEqualTo(
            new FakeExportUseCase().planJson(SamplePlan.plan(LocalDate.of(2026, 1, 2))) + "\n");
    assertThat(run.plans.lastCommand.topology().syntax()).isEqualTo(TopologySource.Syntax.JSON);
  }

  @Test
  void givenFormatMarkdown_plan_printsTablesForAChangeTicket() throws IOException {
    CliRun run =
        CliRun.withSamples()
            .run("plan", topology("t.yaml"), "--format", "MARKDOWN", "--as-of", "2025-06-01");

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.out)
        .startsWith("# Edge certificate plan\n")
        .contains("## external: Scaled consolidated Edge (External Edge)")
        .contains("| Subject name | `sip.contoso.com` |")
        .contains("| Private key exportable | yes |")
        .contains("| 3 | `sip.fabrikam.com` | SIP domain fabrikam.com | EXT-SAN-004 |")
        .contains("```powershell\n" + SamplePlan.REQUEST + "\n```")
        .contains("- Export it with its key | import it on every pool member")
        .contains("Product: Lync Server 2013, as of 2025-06-01.")
        .contains("## internal\n")
        .contains("Subject alternative names: none.")
        .contains("| warning | EXT-EKU-004 | Public CAs are dropping clientAuth. |");
  }

  @Test
  void givenInvalidDate_plan_exits2WithHintAndNoOutput() {
    CliRun run = CliRun.withSamples().run("plan", "--as-of", "01/06/2025");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .contains("'01/06/2025' is not a date; expected YYYY-MM-DD")
        .contains("Try 'edgecert plan --help'");
  }

  @Test
  void givenHelp_plan_showsOptionsAndExamples() {
    CliRun run = CliRun.withSamples().run("plan", "--help");

    assertThat(run.exitCode).isEqualTo(0);
    assertThat(run.out)
        .contains("--format=FORMAT", "text, markdown, json (default: text)", "--as-of=YYYY-MM-DD")
        .contains("Examples:", "edgecert plan topology.yaml --format markdown > change-ticket.md")
        .contains("Exit codes:");
  }
}
