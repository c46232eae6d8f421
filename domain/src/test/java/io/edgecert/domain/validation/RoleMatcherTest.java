package io.edgecert.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.validation.testing.ContextBuilder;
import io.edgecert.domain.validation.testing.PlanBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleMatcherTest {
  private static final CertificatePlan PLAN = new PlanBuilder().build();

  @ParameterizedTest(name = "CN {0}, role {1} -> {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "lsedge.contoso.net,  null,     INTERNAL",
        "LSEDGE.Contoso.NET., null,     INTERNAL",
        "sip.contoso.com,     null,     EXTERNAL",
        "anything.else.com,   null,     EXTERNAL",
        "null,                null,     EXTERNAL",
        "lsedge.contoso.net,  EXTERNAL, EXTERNAL",
        "sip.contoso.com,     INTERNAL, INTERNAL"
      })
  void givenCommonNameAndRole_match_prefersTheExplicitRoleElseTheInternalCn(
      String commonName, CertificateRole requested, CertificateRole expected) {
    var evidence = ContextBuilder.external().leaf(l -> l.commonName(commonName)).evidence();

    assertThat(RoleMatcher.match(PLAN, evidence, requested).id()).isEqualTo(expected);
  }

  @Test
  void givenRoleTheTopologyDoesNotPlan_match_namesTheRoleAndThePlannedOnes() {
    var evidence = ContextBuilder.external().evidence();

    assertThatThrownBy(() -> RoleMatcher.match(PLAN, evidence, CertificateRole.AV_AUTHENTICATION))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("edge.pem")
        .hasMessageContaining("the plan has no av-authentication certificate")
        .hasMessageContaining("it plans: external, internal")
        .hasMessageContaining("certificates.separateAvAuthentication: true");
  }
}
