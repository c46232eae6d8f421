package io.edgecert.domain.validation.rules;

import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.XmppFederation;
import io.edgecert.domain.topology.XmppSanStyle;
import io.edgecert.domain.validation.HostNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The SAN shapes an XMPP domain takes (AMB-03): the bare domain (S01, S07) or {@code xmpp.<d>} plus
 * {@code *.<d>} (S02-S06, K1).
 */
final class XmppNames {

  private XmppNames() {}

  /** Every XMPP SAN shape of each domain, normalised. */
  static Set<String> of(Collection<String> domains) {
    List<String> names = new ArrayList<>();
    for (String domain : domains) {
      String bare = HostNames.normalize(domain);
      names.addAll(List.of(bare, "xmpp." + bare, "*." + bare));
    }
    return HostNames.set(names);
  }

  /** The XMPP domains of the topology; empty without XMPP federation. */
  static List<String> domains(Topology topology) {
    return topology.federation().xmppFederation().map(XmppFederation::domains).orElse(List.of());
  }

  /** The {@code *.<xmpp domain>} SANs the topology tolerates: only with host-and-wildcard. */
  static Set<String> toleratedWildcards(Topology topology) {
    boolean hostAndWildcard =
        topology
            .federation()
            .xmppFederation()
            .map(xmpp -> xmpp.sanStyle() == XmppSanStyle.HOST_AND_WILDCARD)
            .orElse(false);
    if (!hostAndWildcard) {
      return Set.of();
    }
    return HostNames.set(
        domains(topology).stream().map(d -> "*." + HostNames.normalize(d)).toList());
  }
}
