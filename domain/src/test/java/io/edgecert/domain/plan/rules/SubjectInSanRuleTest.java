package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import io.edgecert.domain.rules.RuleId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("EXT-SAN-001")
class SubjectInSanRuleTest {
  private final SubjectInSanRule rule = new SubjectInSanRule();

  @Test
  void givenASubject_plan_replicatesItInTheSanWithItsReason() {
    Built built =
        Drafts.apply(
            contoso().accessEdge("access.contoso.com").build(), new ExternalSubjectRule(), rule);
    assertThat(built.external().subjectAlternativeNames())
        .singleElement()
        .satisfies(
            san -> {
              assertThat(san.dnsName()).isEqualTo("access.contoso.com");
              assertThat(san.rules()).containsExactly(RuleId.EXT_SAN_001);
              assertThat(san.reasons()).singleElement().asString().contains("replicated");
            });
  }
}
