package io.edgecert.rest;

import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.application.port.in.UnknownRuleException;
import io.edgecert.domain.rules.RuleId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The catalogue filtered by id prefix, as the rules use case promises. */
final class FakeRules implements RulesUseCase {

  @Override
  public List<RuleId> rules(String id) {
    String wanted = id == null ? "" : id.toUpperCase(Locale.ROOT);
    List<RuleId> found =
        Arrays.stream(RuleId.values()).filter(rule -> rule.id().startsWith(wanted)).toList();
    if (found.isEmpty()) {
      throw new UnknownRuleException(id);
    }
    return found;
  }
}
