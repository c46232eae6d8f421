package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import io.edgecert.domain.rules.RuleId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("EXT-SAN-002")
class AccessEdgeSanRuleTest {
  private final AccessEdgeSanRule rule = new AccessEdgeSanRule();

  @Test
  void givenSingleEdge_plan_addsTheAccessEdgeFqdn() {
    Built built = Drafts.apply(contoso().build(), rule);
    assertThat(built.external().dnsNames()).containsExactly("sip.contoso.com");
    assertThat(built.external().subjectAlternativeNames().get(0).reasons())
        .containsExactly("Access Edge external FQDN");
  }

  @Test
  void givenHlb_plan_callsItTheVipFqdn() {
    Built built = Drafts.apply(contoso().scaledHlb().build(), rule);
    assertThat(built.external().subjectAlternativeNames().get(0).reasons().get(0)).contains("VIP");
  }

  @Test
  void givenTheSubjectAlreadyThere_plan_mergesReasonsIntoOneEntry() {
    Built built =
        Drafts.apply(contoso().build(), new ExternalSubjectRule(), new SubjectInSanRule(), rule);
    assertThat(built.external().subjectAlternativeNames())
        .singleElement()
        .satisfies(
            san -> assertThat(san.rules()).containsExactly(RuleId.EXT_SAN_001, RuleId.EXT_SAN_002));
  }
}
