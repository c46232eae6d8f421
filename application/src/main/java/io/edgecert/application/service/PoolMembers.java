package io.edgecert.application.service;

import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.topology.Topology;
import java.util.List;

/** The Edge Servers a certificate goes to, as the topology names them. */
final class PoolMembers {

  private PoolMembers() {}

  /** The servers listed under edge.servers, or a description when the topology lists none. */
  static List<String> of(Topology topology) {
    if (!topology.edge().servers().isEmpty()) {
      return topology.edge().servers().stream().map(Fqdn::toString).toList();
    }
    return List.of(topology.isPool() ? "every pool member" : "the Edge Server");
  }
}
