package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * SIPDOM-006: for cloud consolidation the external certificate carries {@code sip.<domain>} for
 * every online-only SIP domain, {@code *.onmicrosoft.com} excluded (K6).
 */
final class HybridSipDomainsInSan extends RequiredSanCheck {

  @Override
  public RuleId id() {
    return RuleId.SIPDOM_006;
  }

  /** The SANs the planner put there for SIPDOM-006 (it leaves {@code *.onmicrosoft.com} out). */
  @Override
  List<String> wanted(ValidationContext context) {
    return List.copyOf(context.plannedNames(RuleId.SIPDOM_006));
  }

  @Override
  String what() {
    return "sip.<domain> for every online-only SIP domain";
  }

  @Override
  String nothingWanted() {
    return "the topology has no online-only SIP domain (other than *.onmicrosoft.com)";
  }
}
