package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import io.edgecert.domain.rules.RuleId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("EXT-SUBJECT-001")
class ExternalSubjectRuleTest {
  private final ExternalSubjectRule rule = new ExternalSubjectRule();

  @Test
  void givenAnyTopology_plan_usesTheAccessEdgeFqdnAsExternalSubject() {
    Built built = Drafts.apply(contoso().accessEdge("Access.Contoso.com").build(), rule);
    assertThat(built.external().subjectName()).isEqualTo("access.contoso.com");
    assertThat(rule.id()).isEqualTo(RuleId.EXT_SUBJECT_001);
  }

  @Test
  void givenDecoupledAv_plan_reusesTheAccessEdgeNameForTheAvCertificate() {
    Built built = Drafts.apply(contoso().separateAvAuthentication().build(), rule);
    assertThat(built.get(CertificateRole.AV_AUTHENTICATION).subjectName())
        .isEqualTo("sip.contoso.com");
  }
}
