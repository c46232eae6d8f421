package io.edgecert.domain.probe.rules;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;

/**
 * INT-POOL-001 (S09, S17, K4): with {@code --internal}, every address the internal pool FQDN
 * resolves to and every Edge Server's internal interface presents the one internal certificate: the
 * same thumbprint, or at least the same key and issuer, compared as {@link PoolMembersIdentical}
 * compares the external interfaces.
 */
final class InternalPoolMembersIdentical extends PoolMembersIdentical {

  @Override
  public RuleId id() {
    return RuleId.INT_POOL_001;
  }

  @Override
  public CertificateRole role() {
    return CertificateRole.INTERNAL;
  }
}
