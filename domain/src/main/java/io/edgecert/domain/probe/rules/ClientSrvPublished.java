package io.edgecert.domain.probe.rules;

import io.edgecert.domain.probe.SrvService;
import io.edgecert.domain.rules.RuleId;

/**
 * DNS-SRV-002 (SIPDOM-002): `_sip._tls.<domain>` is published for every SIP domain, for external
 * client sign-in (S23, S29, K1).
 */
final class ClientSrvPublished extends SrvPublished {

  ClientSrvPublished() {
    super(RuleId.DNS_SRV_002, SrvService.SIP_CLIENT);
  }
}
