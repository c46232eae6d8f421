package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("INT-SUBJECT-001")
class InternalSubjectRuleTest {
  private final InternalSubjectRule rule = new InternalSubjectRule();

  @Test
  void givenThePoolsInternalFqdn_plan_usesItAsSubjectWithoutSan() {
    Built built = Drafts.apply(contoso().scaledDns().internal("LSEdge.contoso.net").build(), rule);
    assertThat(built.internal().subjectName()).isEqualTo("lsedge.contoso.net");
    assertThat(built.internal().dnsNames()).isEmpty();
    assertThat(built.internal().notes()).anyMatch(n -> n.startsWith("No SAN required"));
  }
}
