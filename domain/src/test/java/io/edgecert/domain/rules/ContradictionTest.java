package io.edgecert.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The contradictions AMB-01 to AMB-19: the id a plan note cites resolves to its ADR and rules. */
class ContradictionTest {

  @Test
  void anIdAsAPlanNoteCitesIt_resolvesToItsAdrAndTheRulesItTouches() {
    Contradiction amb04 = Contradiction.byId(" amb-04 ").orElseThrow();

    assertThat(amb04).isSameAs(Contradiction.AMB_04);
    assertThat(amb04.id()).isEqualTo("AMB-04");
    assertThat(amb04.adr()).isEqualTo("0004");
    assertThat(amb04.rules())
        .containsExactly(
            RuleId.EXT_KEY_001,
            RuleId.EXT_KEY_002,
            RuleId.EXT_KEY_003,
            RuleId.EXT_POOL_001,
            RuleId.AV_005);
    assertThat(Contradiction.byId("AMB-19").orElseThrow().rules())
        .containsExactly(RuleId.PIC_005, RuleId.FED_005);
  }

  @Test
  void everyContradiction_isFoundByItsOwnId_andNamesItsAdrByNumber() {
    for (Contradiction contradiction : Contradiction.values()) {
      String number = contradiction.id().substring("AMB-".length());
      assertThat(Contradiction.byId(contradiction.id())).contains(contradiction);
      assertThat(contradiction.adr()).isEqualTo("00" + number);
      assertThat(contradiction.rules()).as(contradiction.id()).isNotEmpty();
    }
    assertThat(Arrays.stream(Contradiction.values()).map(Contradiction::id))
        .startsWith("AMB-01", "AMB-02")
        .endsWith("AMB-19")
        .hasSize(19);
  }

  @Test
  void anUnknownId_isNotFound() {
    assertThat(Contradiction.byId("AMB-20")).isEmpty();
    assertThat(Contradiction.byId("AMB-4")).isEmpty();
    assertThat(Contradiction.byId("GEN-KEY-001")).isEmpty();
  }

  @Test
  void aRuleIsFoundByItsIdWithoutCase_andAnUnknownIdIsNot() {
    assertThat(RuleId.byId("gen-eku-001")).contains(RuleId.GEN_EKU_001);
    assertThat(RuleId.byId("XMPP-009")).contains(RuleId.XMPP_009);
    assertThat(RuleId.byId("XMPP-099")).isEmpty();
    assertThat(RuleId.byId("AMB-04")).isEmpty();
  }
}
