package io.edgecert.cli;

import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.domain.rules.Contradiction;
import io.edgecert.domain.rules.RuleId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edgecert rules}: the rule catalogue, or the rules matching an id or id prefix. */
@Command(
    name = "rules",
    header = "Lists the rule catalogue.",
    description = "Each rule with its id, severity, statement, when it applies and its sources.",
    exitCodeList = {
      CommandText.EXIT_RULES_OK,
      CommandText.EXIT_RULES_INVALID,
      CommandText.EXIT_INTERNAL
    },
    footer = {
      "  edgecert rules",
      "  edgecert rules EXT-SAN-004",
      "  edgecert rules EXT-SAN --format json"
    })
public final class RulesSubcommand implements Callable<Integer> {

  private final RulesUseCase catalogue;
  private final ExportUseCase export;

  @Spec CommandSpec spec;

  @Mixin OutputOption output = new OutputOption();

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "ID",
      description =
          "A rule id (EXT-SAN-004), an id prefix (EXT-SAN) or the id of a contradiction between"
              + " the sources (AMB-04: the rules it touches); every rule when omitted.")
  String id;

  @Option(
      names = "--format",
      defaultValue = "text",
      converter = OutputFormat.OfRules.class,
      completionCandidates = OutputFormat.OfRules.class,
      paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  public RulesSubcommand(RulesUseCase catalogue, ExportUseCase export) {
    this.catalogue = catalogue;
    this.export = export;
  }

  @Override
  public Integer call() {
    List<RuleId> rules = catalogue.rules(id);
    CommandText.print(spec, format == OutputFormat.JSON ? export.rulesJson(rules) : text(rules));
    return ExitCode.OK;
  }

  private String text(List<RuleId> rules) {
    Styles styles = new Styles(spec.commandLine().getColorScheme().ansi());
    String list = new RulesText(styles).render(rules);
    if (id == null || RuleId.byId(id.trim()).isPresent()) {
      return list;
    }
    return Contradiction.byId(id)
        .map(
            c ->
                c.id()
                    + " is a contradiction between the sources, settled by ADR "
                    + c.adr()
                    + " (docs/adr); the rules it touches:\n\n"
                    + list)
        .orElse(list);
  }
}
