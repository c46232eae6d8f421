package io.edgecert.domain.plan.advisories;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryLevel;
import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.plan.rules.HybridSipDomainSanRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * SIPDOM-006 (K6): a tenant's {@code *.onmicrosoft.com} domain is a genuine online SIP domain, but
 * Microsoft serves it; the Edge certificate carries no {@code sip.} name for it. Says so.
 */
public final class OnMicrosoftDomainAdvisory implements AdvisoryRule {

  @Override
  public RuleId id() {
    return RuleId.SIPDOM_006;
  }

  @Override
  public Optional<Advisory> advise(Topology topology, LocalDate asOf) {
    List<String> tenant = topology.hybridOnlineSipDomains().stream()
        .filter(domain -> Fqdn.isAtOrBelow(domain, HybridSipDomainSanRule.ONMICROSOFT))
        .map(Fqdn::normalize)
        .toList();
    if (tenant.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Advisory(id(), AdvisoryLevel.INFO, String.join(", ", tenant)
        + (tenant.size() == 1 ? " is the tenant's" : " are the tenant's")
        + " onmicrosoft.com domain: an online SIP domain that Microsoft serves, so the external"
        + " certificate carries no sip.<domain> name for it (SIPDOM-006)"));
  }
}
