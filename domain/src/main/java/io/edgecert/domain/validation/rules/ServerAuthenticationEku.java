package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Precondition;
import java.util.List;

/**
 * GEN-EKU-001: every Edge certificate, external and internal, carries Server Authentication (S10).
 */
final class ServerAuthenticationEku extends ServerAuthenticationCheck {

  @Override
  public RuleId id() {
    return RuleId.GEN_EKU_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Ekus.STATED);
  }
}
