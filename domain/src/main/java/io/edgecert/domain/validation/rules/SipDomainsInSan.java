package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.AlsoServes;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * EXT-SAN-004: the SAN includes {@code sip.<domain>} for every SIP domain the plan lists one for
 * (S02-S06, S08, S13, S16, K1).
 */
@AlsoServes(RuleId.SIPDOM_001)
final class SipDomainsInSan extends RequiredSanCheck {

  @Override
  public RuleId id() {
    return RuleId.EXT_SAN_004;
  }

  /** The {@code sip.<d>} names the planner put in the SAN for EXT-SAN-004. */
  @Override
  List<String> wanted(ValidationContext context) {
    return List.copyOf(context.plannedNames(RuleId.EXT_SAN_004));
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
