package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/** EXT-SAN-003: the SAN contains the Web Conferencing Edge external (or VIP) FQDN (S13, S16). */
final class WebConferencingEdgeInSan extends RequiredSanCheck {

  @Override
  public RuleId id() {
    return RuleId.EXT_SAN_003;
  }

  @Override
  List<String> wanted(ValidationContext context) {
    return List.copyOf(context.plannedNames(RuleId.EXT_SAN_003));
  }

  @Override
  String what() {
    return "the Web Conferencing Edge external FQDN";
  }

  @Override
  String nothingWanted() {
    return "the plan puts no Web Conferencing Edge FQDN in the SAN";
  }
}
