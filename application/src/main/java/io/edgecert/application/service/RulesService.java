package io.edgecert.application.service;

import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.domain.rules.Contradiction;
import io.edgecert.domain.rules.RuleId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Looks rules up in the catalogue by id or id prefix; a contradiction's id (AMB-04), which plan
 * notes cite, finds the rules it touches.
 */
public final class RulesService implements RulesUseCase {

  @Override
  public List<RuleId> rules(String id) {
    if (id == null || id.isBlank()) {
      return List.of(RuleId.values());
    }
    String wanted = id.trim().toUpperCase(Locale.ROOT);
    return RuleId.byId(wanted)
        .map(List::of)
        .or(() -> Contradiction.byId(wanted).map(Contradiction::rules))
        .orElseGet(
            () -> Arrays.stream(RuleId.values()).filter(r -> r.id().startsWith(wanted)).toList());
  }
}
