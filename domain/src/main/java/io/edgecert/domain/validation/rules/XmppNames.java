package io.edgecert.domain.validation.rules;

import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.XmppFederation;
import io.edgecert.domain.topology.XmppSanStyle;
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
  static Set<String> of(Collection<Fqdn> domains) {
    List<String> names = new ArrayList<>();
    for (Fqdn domain : domains) {
      String bare = domain.normalized();
      names.addAll(List.of(bare, "xmpp." + bare, "*." + bare));
    }
    return Fqdn.normalizedSet(names);
  }

  /** The XMPP domains of the topology; empty without XMPP federation. */
  static List<Fqdn> domains(Topology topology) {
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
    return Fqdn.normalizedSet(domains(topology).stream().map(d -> "*." + d.normalized()).toList());
  }
}
