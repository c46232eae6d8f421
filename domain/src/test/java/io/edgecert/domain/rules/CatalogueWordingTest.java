package io.edgecert.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The catalogue speaks to an Edge admin: when a rule applies is said in the topology's own terms
 * (its keys and codes), never in the planner's variable names, and a statement states what must
 * hold rather than what "a model" may do.
 */
class CatalogueWordingTest {
  private static final Pattern CODE_TERMS =
      Pattern.compile(
          "isPool|\\bpic\\b|avDecoupled|csrOffEdge|externalAutoConfig|federationDiscovery"
              + "|hybridOnlineSipDomains|SCALED_|DNSLB|SFB20|&&|\\|\\||==|∈|!is");

  @Test
  void appliesWhen_usesTheTopologysKeysAndCodes() {
    for (RuleId rule : RuleId.values()) {
      assertThat(rule.appliesWhen()).as(rule.id()).doesNotContainPattern(CODE_TERMS);
    }
  }

  @Test
  void statements_stateRequirementsNotWhatAModelMayDo() {
    for (RuleId rule : RuleId.values()) {
      assertThat(rule.statement())
          .as(rule.id())
          .doesNotContainIgnoringCase("a model may")
          .doesNotContainIgnoringCase("the model should")
          .doesNotContainIgnoringCase("a model should");
    }
  }

  @Test
  void theValidityRules_stateWhatMustHold() {
    assertThat(RuleId.GEN_VALID_001.statement()).contains("must");
    assertThat(RuleId.GEN_VALID_002.statement()).contains("must be valid");
    assertThat(RuleId.GEN_VALID_003.statement()).contains("should not expire");
  }
}
