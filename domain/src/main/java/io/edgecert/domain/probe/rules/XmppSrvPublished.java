package io.edgecert.domain.probe.rules;

import io.edgecert.domain.probe.SrvService;
import io.edgecert.domain.rules.RuleId;

/**
 * DNS-SRV-003 (XMPP-005): `_xmpp-server._tcp.<domain>` is published for every XMPP domain (S22,
 * S23, S28, S15).
 */
final class XmppSrvPublished extends SrvPublished {

  XmppSrvPublished() {
    super(RuleId.DNS_SRV_003, SrvService.XMPP_SERVER);
  }
}
