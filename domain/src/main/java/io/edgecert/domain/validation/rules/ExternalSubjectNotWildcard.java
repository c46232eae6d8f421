package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Precondition;
import java.util.List;

/** EXT-SUBJECT-002: the external subject CN is an explicit name, never a wildcard (S11, S13). */
final class ExternalSubjectNotWildcard extends WildcardSubjectCheck {

  @Override
  public RuleId id() {
    return RuleId.EXT_SUBJECT_002;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Preconditions.EXTERNAL_NAMES, Preconditions.HAS_COMMON_NAME);
  }
}
