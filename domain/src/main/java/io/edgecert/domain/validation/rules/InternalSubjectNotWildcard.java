package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Precondition;
import java.util.List;

/** INT-SUBJECT-002: the internal subject CN is not a wildcard (S11, AMB-08). */
final class InternalSubjectNotWildcard extends WildcardSubjectCheck {

  @Override
  public RuleId id() {
    return RuleId.INT_SUBJECT_002;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Preconditions.INTERNAL, Preconditions.HAS_COMMON_NAME);
  }
}
