package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.SamplePlan;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

class CommandLinesTest {
  private final CliEnvironment environment =
      new CliEnvironment(
          new ByteArrayInputStream(new byte[0]), Map.of(), PasswordPrompt.none(), Ansi.OFF);
  private final FakeExportUseCase export = new FakeExportUseCase();
  private final FakePlanUseCase plans =
      new FakePlanUseCase(command -> SamplePlan.plan(command.asOf()));
  private final CommandLines commandLines =
      new CommandLines(
          List.of(
              new PlanSubcommand(plans, export, environment),
              new RulesSubcommand(new FakeRulesUseCase(), export)),
          environment);

  @Test
  void aRunThatNamesASubcommandGetsThatOneAlone() {
    assertThat(commandLines.forArguments("plan", "topology.yaml").getSubcommands())
        .containsOnlyKeys("plan");
    assertThat(commandLines.forArguments("--color", "never", "rules", "EXT").getSubcommands())
        .containsOnlyKeys("rules");
    assertThat(commandLines.forArguments("--color=always", "plan", "--help").getSubcommands())
        .containsOnlyKeys("plan");
  }

  @Test
  void anythingElseGetsEverySubcommand() {
    List<String> all = List.of("plan", "rules", "completion", "help");
    for (String[] args :
        List.of(
            new String[0],
            new String[] {"--help"},
            new String[] {"-V", "plan"},
            new String[] {"pla", "topology.yaml"},
            new String[] {"help", "plan"},
            new String[] {"completion"},
            new String[] {"@arguments.txt"},
            new String[] {"--color"})) {
      assertThat(commandLines.forArguments(args).getSubcommands().keySet())
          .as(String.join(" ", args))
          .containsExactlyInAnyOrderElementsOf(all);
    }
    assertThat(commandLines.all().getSubcommands().keySet())
        .containsExactlyInAnyOrderElementsOf(all);
  }

  @Test
  void aRootMadeAheadIsTheOneTheSubcommandsAreAddedTo() {
    CommandLine named = CommandLines.root();
    CommandLine unnamed = CommandLines.root();

    assertThat(commandLines.forArguments(named, "plan", "topology.yaml")).isSameAs(named);
    assertThat(named.getSubcommands()).containsOnlyKeys("plan");
    assertThat(commandLines.forArguments(unnamed, "--help")).isSameAs(unnamed);
    assertThat(unnamed.getSubcommands()).containsOnlyKeys("plan", "rules", "completion", "help");
    assertThat(named.getCommandSpec().userObject()).isInstanceOf(EdgecertCommand.class);
  }

  @Test
  void theOneSubcommandRunsAsItDoesAmongAll() {
    String[] args = {"plan", "--help"};

    assertThat(output(commandLines.forArguments(args), args))
        .isEqualTo(output(commandLines.all(), args))
        .contains("Usage: edgecert plan");
  }

  private static String output(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    assertThat(commandLine.execute(args)).isZero();
    return out.toString();
  }
}
