package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Precondition;
import java.util.List;

/**
 * INT-POOL-001: a pool's one internal certificate has an exportable key, so that it is imported and
 * assigned on every member (S09, S17, K4); whether the members hold the same one is the pool
 * section's to say.
 */
final class PoolInternalKeyExportable extends KeyExportabilityCheck {

  @Override
  public RuleId id() {
    return RuleId.INT_POOL_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return after(
        Preconditions.INTERNAL,
        Precondition.when(
            c -> c.topology().isPool(),
            "the Edge is a single server (INT-KEY-001: exportable only when reused)"));
  }
}
