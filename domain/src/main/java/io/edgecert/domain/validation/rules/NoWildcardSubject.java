package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Precondition;
import java.util.List;

/**
 * WILD-001: no role uses a wildcard subject CN (S11, S13); the A/V Authentication certificate is
 * left out because its names are unconstrained (AV-003).
 */
final class NoWildcardSubject extends WildcardSubjectCheck {

  @Override
  public RuleId id() {
    return RuleId.WILD_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Preconditions.NAMED_ROLES, Preconditions.HAS_COMMON_NAME);
  }
}
