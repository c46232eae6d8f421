package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("EXT-SAN-003")
class WebConferencingSanRuleTest {
  private final WebConferencingSanRule rule = new WebConferencingSanRule();

  @Test
  void givenAnyTopology_plan_addsTheWebConferencingFqdn() {
    Built built = Drafts.apply(contoso().webConferencingEdge("webconf.contoso.com").build(), rule);
    assertThat(built.external().dnsNames()).containsExactly("webconf.contoso.com");
    assertThat(built.internal().dnsNames()).isEmpty();
    assertThat(built.external().subjectAlternativeNames().get(0).reasons())
        .containsExactly("Web Conferencing Edge external FQDN");
  }

  @Test
  void givenAHardwareLoadBalancedPool_plan_namesTheWebConferencingVip() {
    Built built = Drafts.apply(contoso().scaledHlb().build(), rule);
    assertThat(built.external().subjectAlternativeNames())
        .singleElement()
        .satisfies(
            san -> {
              assertThat(san.dnsName()).isEqualTo("webcon.contoso.com");
              assertThat(san.reasons())
                  .containsExactly("Web Conferencing Edge external VIP FQDN (HLB-003)");
            });
  }

  @Test
  void givenAccessAndWebConferencing_plan_putsWebConferencingSecond() {
    Built built = Drafts.apply(contoso().build(), rule, new AccessEdgeSanRule());
    assertThat(built.external().dnsNames())
        .containsExactly("sip.contoso.com", "webcon.contoso.com");
  }
}
