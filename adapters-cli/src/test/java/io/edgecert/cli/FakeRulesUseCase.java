package io.edgecert.cli;

import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.application.port.in.UnknownRuleException;
import io.edgecert.domain.rules.RuleId;
import java.util.List;

/** A catalogue of a few rules, matched by exact id or prefix like the real one. */
final class FakeRulesUseCase implements RulesUseCase {
  static final List<RuleId> CATALOGUE =
      List.of(RuleId.GEN_EKU_001, RuleId.EXT_SAN_001, RuleId.EXT_SAN_004, RuleId.EXT_EKU_004);

  @Override
  public List<RuleId> rules(String id) {
    if (id == null) {
      return CATALOGUE;
    }
    List<RuleId> found = CATALOGUE.stream().filter(rule -> rule.id().startsWith(id)).toList();
    if (found.isEmpty()) {
      throw new UnknownRuleException(id);
    }
    return found;
  }
}
