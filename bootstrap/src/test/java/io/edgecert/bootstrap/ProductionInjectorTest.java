package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.PasswordPrompt;
import io.edgecert.cli.PlanSubcommand;
import io.edgecert.cli.RulesSubcommand;
import io.edgecert.cli.ValidateSubcommand;
import io.edgecert.domain.rules.RuleId;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

class ProductionInjectorTest {
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
    assertThat(injector.getInstance(CommandLine.class).getSubcommands())
        .containsOnlyKeys(
            "plan",
            "validate",
            "rules",
            "request",
            "bundle",
            "probe",
            "serve",
            "completion",
            "help");
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
}
