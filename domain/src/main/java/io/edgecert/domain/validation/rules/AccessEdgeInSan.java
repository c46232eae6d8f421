package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/** EXT-SAN-002: the SAN contains the Access Edge external (or VIP) FQDN (S13, S01-S08). */
final class AccessEdgeInSan extends RequiredSanCheck {

  @Override
  public RuleId id() {
    return RuleId.EXT_SAN_002;
  }

  @Override
  List<String> wanted(ValidationContext context) {
    return List.copyOf(context.plannedNames(RuleId.EXT_SAN_002));
  }

  @Override
  String what() {
    return "the Access Edge external FQDN";
  }

  @Override
  String nothingWanted() {
    return "the plan puts no Access Edge FQDN in the SAN";
  }
}
