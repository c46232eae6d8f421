package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Precondition;
import java.util.List;

/**
 * EXT-KEY-001: in a pool, the external certificate's private key is exportable so that the same
 * certificate and key go on every Edge Server (S04-S06, S09, S13, S16, K1).
 */
final class PoolKeyExportable extends KeyExportabilityCheck {

  @Override
  public RuleId id() {
    return RuleId.EXT_KEY_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return after(
        Precondition.when(
            c -> c.topology().isPool(), "the Edge is a single server (EXT-KEY-002 applies)"));
  }
}
