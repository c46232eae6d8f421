package io.edgecert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.application.port.in.UnknownRuleException;
import io.edgecert.domain.rules.RuleId;
import org.junit.jupiter.api.Test;

class RulesServiceTest {
  private final RulesService service = new RulesService();

  @Test
  void givenNoId_rules_listsTheWholeCatalogueInOrder() {
    assertThat(service.rules(null)).containsExactly(RuleId.values());
    assertThat(service.rules(" ")).hasSize(RuleId.values().length);
  }

  @Test
  void givenAnExactIdInAnyCase_rules_findsThatRule() {
    assertThat(service.rules("ext-san-004")).containsExactly(RuleId.EXT_SAN_004);
  }

  @Test
  void givenAPrefix_rules_findsEveryRuleWithIt() {
    assertThat(service.rules("EXT-SAN"))
        .extracting(RuleId::id)
        .allMatch(id -> id.startsWith("EXT-SAN"))
        .contains("EXT-SAN-001", "EXT-SAN-008");
  }

  @Test
  void givenAContradictionsId_rules_findsTheRulesItTouches() {
    assertThat(service.rules("amb-10")).containsExactly(RuleId.HLB_002, RuleId.HLB_003);
    assertThat(service.rules("AMB-04")).contains(RuleId.EXT_KEY_002);
  }

  @Test
  void givenAnUnknownId_rules_refusesItAsAnInputError() {
    assertThatThrownBy(() -> service.rules("NOPE-001"))
        .isInstanceOfSatisfying(
            UnknownRuleException.class,
            e -> {
              assertThat(e.id()).isEqualTo("NOPE-001");
              assertThat(e.reason()).isEqualTo("no rule matches 'NOPE-001'");
            });
  }
}
