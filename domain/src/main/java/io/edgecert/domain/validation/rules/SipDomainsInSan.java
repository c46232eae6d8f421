package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.HostNames;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * EXT-SAN-004: the SAN includes {@code sip.<domain>} for every SIP domain the plan lists one for
 * (S02-S06, S08, S13, S16, K1).
 */
final class SipDomainsInSan implements CertificateRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_SAN_004;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Preconditions.EXTERNAL_NAMES,
        Precondition.when(
            c -> !plannedSipNames(c).isEmpty(), "the plan lists no sip.<domain> SAN"));
  }

  @Override
  public Finding check(ValidationContext context) {
    return SanPresence.requireAll(
        id(), context, plannedSipNames(context), "every planned sip.<domain> name");
  }

  /** The {@code sip.<d>} names of the topology's SIP domains that the plan lists. */
  private static List<String> plannedSipNames(ValidationContext context) {
    return context.topology().sipDomains().stream()
        .map(domain -> "sip." + HostNames.normalize(domain))
        .filter(context.plannedNames()::contains)
        .toList();
  }
}
