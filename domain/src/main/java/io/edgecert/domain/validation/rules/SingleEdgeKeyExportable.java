package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Precondition;
import java.util.List;

/**
 * EXT-KEY-002: a single Edge Server's external key is exportable too, for the A/V Authentication
 * service (S13, S09, S16; contested, AMB-04, which the plan settles per product).
 */
final class SingleEdgeKeyExportable extends KeyExportabilityCheck {

  @Override
  public RuleId id() {
    return RuleId.EXT_KEY_002;
  }

  @Override
  public List<Precondition> preconditions() {
    return after(
        Precondition.when(c -> !c.topology().isPool(), "the Edge is a pool (EXT-KEY-001 applies)"));
  }
}
