package io.edgecert.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.edgecert.domain.rules.RuleImplementations.Implementation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleReferenceDocumentTest {
  private static final Path RULES_MD = Path.of("..", "docs", "rules.md");

  @Test
  void givenTheCatalogue_docsRulesMd_isTheRenderedReference() throws IOException {
    String rendered = RuleReferenceDocument.render();
    if (Boolean.getBoolean("edgecert.regenerateDocs")) {
      Files.writeString(RULES_MD, rendered, StandardCharsets.UTF_8);
    }
    String committed = Files.exists(RULES_MD) ? Files.readString(RULES_MD) : "";
    if (!committed.equals(rendered)) {
      fail(
          "docs/rules.md is out of date with the rule catalogue (first difference on line "
              + firstDifferentLine(committed, rendered)
              + "); regenerate it from the project root with: "
              + RuleReferenceDocument.REGENERATE);
    }
  }

  @Test
  void givenTheCatalogue_render_listsEveryRuleExactlyOnce() {
    List<String> rows = RuleReferenceDocument.render().lines().toList();
    for (RuleId rule : RuleId.values()) {
      assertThat(rows)
          .filteredOn(line -> line.startsWith("| " + rule.id() + " |"))
          .as(rule.id())
          .hasSize(1);
    }
  }

  @Test
  void givenRuleWithPlanningRuleAndAdvisory_render_namesBoth() {
    assertThat(rowOf(RuleId.GEN_KEY_003, RuleReferenceDocument.render()))
        .contains("planned by `KeyAlgorithmRule`; advisory `EllipticKeyAdvisory`");
  }

  @Test
  void givenValidationRule_render_namesAndCountsIt() {
    List<Implementation> withValidation =
        List.of(
            new Implementation(RuleId.WILD_002, "validated by", "NoWildcardSan"),
            new Implementation(RuleId.WILD_002, "advisory", "WildcardXmppAdvisory"));
    String markdown = new RuleReferenceDocument(withValidation, FeatureIndex.empty()).markdown();

    assertThat(rowOf(RuleId.WILD_002, markdown))
        .endsWith("| validated by `NoWildcardSan`; advisory `WildcardXmppAdvisory` | — |");
    assertThat(markdown)
        .contains("| [WILD](#wild-wildcards-reference-a7) | 6 | 2 | 1 | 3 | 0 | 1 | 1 |");
  }

  @Test
  void givenRuleWithoutImplementation_render_saysReferenceOnly() {
    assertThat(rowOf(RuleId.GEN_ENR_002, RuleReferenceDocument.render())).endsWith("| — | — |");
  }

  @Test
  void givenRulesThatAClassAlsoServes_render_namesTheClassWithTheIdItReports() {
    String markdown = RuleReferenceDocument.render();
    assertThat(rowOf(RuleId.SIPDOM_001, markdown))
        .contains(
            "| planned by `SipDomainSanRule` (under EXT-SAN-004);"
                + " validated by `SipDomainsInSan` (under EXT-SAN-004) |");
    for (RuleId served : List.of(RuleId.XMPP_002, RuleId.XMPP_004, RuleId.PIC_002)) {
      assertThat(rowOf(served, markdown))
          .as(served.id())
          .doesNotContain("| — |")
          .contains("planned by `", "validated by `");
    }
  }

  @Test
  void givenTheFeatures_render_linksEachRulesScenariosWithTheirCount() {
    assertThat(rowOf(RuleId.GEN_BC_001, RuleReferenceDocument.render()))
        .endsWith(
            "| [validate/general-pki](../acceptance-tests/src/test/resources/features/validate/"
                + "general-pki.feature) (1) |");
  }

  @Test
  void everyRuleIdTagOfTheFeatures_namesARuleOfTheCatalogue() {
    assertThat(FeatureIndex.read(FeatureIndex.FEATURES).taggedIds())
        .isNotEmpty()
        .allSatisfy(id -> assertThat(RuleId.byId(id)).as("@" + id).isPresent());
  }

  @Test
  void givenTagsOnFeatureRuleScenarioAndExamples_theIndex_countsEachScenarioOnce() {
    FeatureIndex index =
        FeatureIndex.of(
            "a.feature",
            """
        @GEN-KEY-001 @S03
        Feature: f
          Background:
            Given x
          @GEN-KEY-002
          Rule: r
            Scenario: one
              Given x
            @GEN-KEY-003 # a comment @GEN-KEY-004
            Scenario Outline: two
              Given <x>
              @GEN-KEY-002 @GEN-KEY-006
              Examples:
                | x |
          Rule: s
            Scenario: three
              Given x
        """);

    assertThat(index.scenarios("GEN-KEY-001"))
        .containsExactly(new FeatureIndex.Scenarios("a.feature", 3));
    assertThat(index.scenarios("GEN-KEY-002"))
        .containsExactly(new FeatureIndex.Scenarios("a.feature", 2));
    assertThat(index.scenarios("GEN-KEY-003")).hasSize(1);
    assertThat(index.scenarios("GEN-KEY-006"))
        .containsExactly(new FeatureIndex.Scenarios("a.feature", 1));
    assertThat(index.scenarios("GEN-KEY-004")).isEmpty();
    assertThat(index.taggedIds()).doesNotContain("S03");
  }

  @Test
  void givenHlbAndPoolRules_render_listsThemInOneSection() {
    String markdown = RuleReferenceDocument.render();
    String section =
        markdown.substring(markdown.indexOf("## HLB/POOL: "), markdown.indexOf("## PS: "));
    assertThat(section).contains("| HLB-001 |", "| POOL-004 |");
  }

  @Test
  void givenPipesAndAngleBrackets_cell_escapesThemOutsideCodeOnly() {
    assertThat(RuleReferenceText.cell("sip.<domain> or `sip.<d>` | a|b"))
        .isEqualTo("sip.&lt;domain&gt; or `sip.<d>` \\| a\\|b");
  }

  @Test
  void givenThePoolSection_render_namesPoolIdentityUnderItsRulesAndAv002() {
    String markdown = RuleReferenceDocument.render();
    assertThat(rowOf(RuleId.EXT_POOL_001, markdown))
        .contains("| validated by `PoolIdentity`; probed by `PoolMembersIdentical` |");
    assertThat(rowOf(RuleId.INT_POOL_001, markdown))
        .contains("validated by `PoolIdentity`; probed by `InternalPoolMembersIdentical` |");
    assertThat(rowOf(RuleId.AV_002, markdown))
        .contains("validated by `PoolIdentity` (under EXT-POOL-001) |");
  }

  private static String rowOf(RuleId rule, String markdown) {
    return markdown
        .lines()
        .filter(line -> line.startsWith("| " + rule.id() + " |"))
        .findFirst()
        .orElseThrow();
  }

  private static int firstDifferentLine(String committed, String rendered) {
    List<String> left = committed.lines().toList();
    List<String> right = rendered.lines().toList();
    int line = 0;
    while (line < left.size() && line < right.size() && left.get(line).equals(right.get(line))) {
      line++;
    }
    return line + 1;
  }
}
