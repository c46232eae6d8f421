package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.HostNames;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * SIPDOM-006: for cloud consolidation the external certificate carries {@code sip.<domain>} for
 * every online-only SIP domain, {@code *.onmicrosoft.com} excluded (K6).
 */
final class HybridSipDomainsInSan implements CertificateRule {

  @Override
  public RuleId id() {
    return RuleId.SIPDOM_006;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Preconditions.EXTERNAL_NAMES,
        Precondition.when(
            c -> !hybridSipNames(c).isEmpty(),
            "the topology has no online-only SIP domain (other than *.onmicrosoft.com)"));
  }

  @Override
  public Finding check(ValidationContext context) {
    return SanPresence.requireAll(
        id(), context, hybridSipNames(context), "sip.<domain> for every online-only SIP domain");
  }

  private static List<String> hybridSipNames(ValidationContext context) {
    return context.topology().hybridOnlineSipDomains().stream()
        .map(HostNames::normalize)
        .filter(domain -> !domain.endsWith(".onmicrosoft.com"))
        .map(domain -> "sip." + domain)
        .toList();
  }
}
