package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Precondition;
import java.util.List;

/** INT-EKU-001: the internal certificate contains Server Authentication (S02-S06, K1). */
final class InternalServerAuthenticationEku extends ServerAuthenticationCheck {

  @Override
  public RuleId id() {
    return RuleId.INT_EKU_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Preconditions.INTERNAL, Ekus.STATED);
  }
}
