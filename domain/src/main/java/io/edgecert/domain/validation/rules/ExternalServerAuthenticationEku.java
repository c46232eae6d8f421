package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Precondition;
import java.util.List;

/** EXT-EKU-001: the external certificate contains Server Authentication (S01-S08). */
final class ExternalServerAuthenticationEku extends ServerAuthenticationCheck {

  @Override
  public RuleId id() {
    return RuleId.EXT_EKU_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Preconditions.EXTERNAL, Ekus.STATED);
  }
}
