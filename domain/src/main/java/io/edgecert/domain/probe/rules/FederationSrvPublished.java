package io.edgecert.domain.probe.rules;

import io.edgecert.domain.probe.SrvService;
import io.edgecert.domain.rules.RuleId;

/**
 * DNS-SRV-001 (FED-003, SIPDOM-002): `_sipfederationtls._tcp.<domain>` is published for every SIP
 * domain when SIP federation is on (S21, S22, S23, K1).
 */
final class FederationSrvPublished extends SrvPublished {

  FederationSrvPublished() {
    super(RuleId.DNS_SRV_001, SrvService.SIP_FEDERATION);
  }
}
