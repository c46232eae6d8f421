package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Precondition;
import java.util.List;

/**
 * WILD-001: no role uses a wildcard subject CN (S11, S13), the A/V Authentication certificate
 * included: AV-003 says which names it needs (none), it does not lift the ban (ADR 0008).
 */
final class NoWildcardSubject extends WildcardSubjectCheck {

  @Override
  public RuleId id() {
    return RuleId.WILD_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Preconditions.HAS_COMMON_NAME);
  }
}
