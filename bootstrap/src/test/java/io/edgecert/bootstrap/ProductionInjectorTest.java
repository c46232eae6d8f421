package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.CommandLines;
import io.edgecert.cli.PasswordPrompt;
import io.edgecert.cli.PlanSubcommand;
import io.edgecert.cli.ProbeSubcommand;
import io.edgecert.cli.RulesSubcommand;
import io.edgecert.cli.ValidateSubcommand;
import io.edgecert.domain.rules.RuleId;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

class ProductionInjectorTest {
  private static final String[] EVERY_SUBCOMMAND = {
    "plan", "validate", "rules", "request", "bundle", "probe", "serve", "completion", "help"
  };
  private final Injector injector =
      Guice.createInjector(Stage.PRODUCTION, EdgecertModules.production(environment()));

  private static CliEnvironment environment() {
    return new CliEnvironment(
        new ByteArrayInputStream(new byte[0]), Map.of(), PasswordPrompt.none(), Ansi.OFF);
  }

  @Test
  void productionInjector_providesEverySubcommand() {
    assertThat(injector.getInstance(PlanSubcommand.class)).isNotNull();
    assertThat(injector.getInstance(ValidateSubcommand.class)).isNotNull();
    assertThat(injector.getInstance(RulesSubcommand.class)).isNotNull();
    assertThat(injector.getInstance(CommandLine.class).getSubcommands().keySet())
        .containsExactly(EVERY_SUBCOMMAND);
  }

  @Test
  void aSubcommandThatNoModuleBinds_failsWhenTheInjectorIsMade() {
    CommandLineModule commandLine =
        new CommandLineModule(environment(), List.of(PlanSubcommand.class, ProbeSubcommand.class));

    assertThatThrownBy(
            () ->
                Guice.createInjector(
                    Stage.PRODUCTION,
                    new StrictBindingsModule(),
                    commandLine,
                    new JsonModule(),
                    new PlanModule()))
        .isInstanceOf(CreationException.class)
        .hasMessageContaining(ProbeSubcommand.class.getName());
  }

  @Test
  void eachCommandLine_getsNewSubcommandObjects() {
    CommandLines first = injector.getInstance(CommandLines.class);
    CommandLines second = injector.getInstance(CommandLines.class);

    Object one = first.forArguments("plan", "t.yaml").getSubcommands().get("plan").getCommand();
    Object other = second.forArguments("plan", "t.yaml").getSubcommands().get("plan").getCommand();

    assertThat(one).isInstanceOf(PlanSubcommand.class).isNotSameAs(other);
  }

  @Test
  void productionCommandLine_runsRulesAgainstTheRealCatalogue() {
    CommandLine commandLine = injector.getInstance(CommandLine.class);
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));

    int exitCode = commandLine.execute("rules", "GEN-CDP-001");

    assertThat(exitCode).isZero();
    assertThat(out.toString()).startsWith("GEN-CDP-001  must\n").contains("CRL Distribution Point");
    assertThat(out.toString()).doesNotContain(RuleId.GEN_EKU_001.id());
  }

  @Test
  void planRun_injectorHoldsPlanAlone() {
    Injector plan = injectorFor("plan", "topology.yaml");

    assertThat(plan.getInstance(CommandLine.class).getSubcommands())
        .containsOnlyKeys("plan", "completion", "help");
    assertThat(plan.getExistingBinding(Key.get(ValidateSubcommand.class))).isNull();
    assertThat(plan.getExistingBinding(Key.get(ProbeSubcommand.class))).isNull();
    assertThat(
            plan.getInstance(CommandLines.class)
                .forArguments("plan", "topology.yaml")
                .getSubcommands())
        .containsOnlyKeys("plan");
  }

  @Test
  void validateRun_injectorHoldsValidateAlone() {
    Injector validate = injectorFor("--color", "never", "validate", "topology.yaml", "edge.pem");

    assertThat(validate.getInstance(CommandLine.class).getSubcommands())
        .containsOnlyKeys("validate", "completion", "help");
    assertThat(validate.getExistingBinding(Key.get(PlanSubcommand.class))).isNull();
  }

  @Test
  void otherRuns_getTheWholeInjector() {
    for (String[] args :
        new String[][] {{"rules"}, {"--help", "plan"}, {"plna", "topology.yaml"}, {}}) {
      assertThat(injectorFor(args).getInstance(CommandLine.class).getSubcommands())
          .as(String.join(" ", args))
          .containsOnlyKeys(EVERY_SUBCOMMAND);
    }
  }

  @Test
  void planRun_injectorPlansATopologyWithTheRealPlanner() {
    String topology =
        String.join(
            "\n",
            "version: 1",
            "product: lync-2013",
            "sipDomains: [contoso.com]",
            "edge:",
            "  layout: single",
            "  addressing: nat",
            "  accessEdge: sip.contoso.com",
            "  webConferencingEdge: webcon.contoso.com",
            "  avEdge: av.contoso.com",
            "  internal: lsedge.contoso.net",
            "");
    CliEnvironment stdin =
        new CliEnvironment(
            new ByteArrayInputStream(topology.getBytes(StandardCharsets.UTF_8)),
            Map.of(),
            PasswordPrompt.none(),
            Ansi.OFF);
    CommandLine commandLine =
        Guice.createInjector(
                Stage.PRODUCTION, EdgecertModules.forArguments(new String[] {"plan", "-"}, stdin))
            .getInstance(CommandLines.class)
            .forArguments("plan", "-");
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));

    int exitCode = commandLine.execute("plan", "-");

    assertThat(exitCode).isZero();
    assertThat(out.toString())
        .startsWith("Certificate plan for Lync Server 2013")
        .contains("sip.contoso.com", "webcon.contoso.com", "lsedge.contoso.net");
  }

  private static Injector injectorFor(String... args) {
    return Guice.createInjector(
        Stage.PRODUCTION, EdgecertModules.forArguments(args, environment()));
  }
}
