package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.HostNames;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * EXT-SAN-004: the SAN includes {@code sip.<domain>} for every SIP domain the plan lists one for
 * (S02-S06, S08, S13, S16, K1).
 */
final class SipDomainsInSan extends RequiredSanCheck {

  @Override
  public RuleId id() {
    return RuleId.EXT_SAN_004;
  }

  /** The {@code sip.<d>} names of the topology's SIP domains that the plan lists. */
  @Override
  List<String> wanted(ValidationContext context) {
    return context.topology().sipDomains().stream()
        .map(domain -> "sip." + HostNames.normalize(domain))
        .filter(context.plannedNames()::contains)
        .toList();
  }

  @Override
  String what() {
    return "the planned sip.<domain> names";
  }

  @Override
  String counted() {
    return "planned sip.<domain> name";
  }

  @Override
  String nothingWanted() {
    return "the plan lists no sip.<domain> SAN";
  }
}
