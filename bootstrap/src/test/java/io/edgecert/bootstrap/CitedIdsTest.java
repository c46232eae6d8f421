package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.rules.RuleId;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every id a plan cites (in its notes, SAN reasons and advisories) resolves with {@code edgecert
 * rules}, the contradictions of the sources (AMB-nn) included (issue 16). The plans of the examples
 * cite AMB-04 (an exportable key on a single Skype for Business Edge) and AMB-10 (the S06 page's
 * "Single" label of a scaled topology): those notes stay, and so does their resolution.
 */
class CitedIdsTest {
  private static final InProcessCli CLI = InProcessCli.production();
  private static final Pattern ID =
      Pattern.compile("\\b(?:AMB-\\d\\d|[A-Z]+(?:-[A-Z]+)*-\\d{3})\\b");

  /** The first part of every rule id (GEN, EXT, ...): SHA-256 is no id. */
  private static final Set<String> FAMILIES =
      Arrays.stream(RuleId.values()).map(r -> r.id().split("-")[0]).collect(Collectors.toSet());

  @Test
  void everyIdAPlanOfAnExampleCites_resolvesWithTheRulesCommand() {
    Set<String> cited = new TreeSet<>();
    for (String example : Repository.examples()) {
      InProcessCli.Run plan = CLI.run("plan", example, "--as-of", "2026-01-01");
      assertThat(plan.exitCode()).as(example + ": " + plan.err()).isZero();
      Matcher ids = ID.matcher(plan.out());
      while (ids.find()) {
        if (ids.group().startsWith("AMB-") || FAMILIES.contains(ids.group().split("-")[0])) {
          cited.add(ids.group());
        }
      }
    }

    assertThat(cited).contains("AMB-04", "AMB-10", "EXT-SAN-004");
    for (String id : cited) {
      InProcessCli.Run rules = CLI.run("rules", id);
      assertThat(rules.exitCode()).as(id + ": " + rules.err()).isZero();
      assertThat(rules.out()).as(id).isNotBlank();
    }
  }

  @Test
  void aContradictionsId_rules_saysWhatItIsAndListsTheRulesItTouches() {
    InProcessCli.Run rules = CLI.run("--color=never", "rules", "AMB-10");

    assertThat(rules.exitCode()).isZero();
    assertThat(rules.out())
        .startsWith(
            "AMB-10 is a contradiction between the sources, settled by ADR 0010 (docs/adr); the"
                + " rules it touches:\n\nHLB-002")
        .contains("HLB-003");
  }
}
