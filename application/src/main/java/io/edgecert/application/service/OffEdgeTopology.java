package io.edgecert.application.service;

import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.topology.CertificateOptions;
import io.edgecert.domain.topology.Topology;

/**
 * A topology whose certificates are requested away from the Edge Server (a key made or kept in a
 * file by edgecert is, so EXT-KEY-003 makes it exportable), optionally with another key.
 */
final class OffEdgeTopology {

  private OffEdgeTopology() {}

  static Topology of(Topology topology, KeySpec key) {
    CertificateOptions options = topology.certificates();
    CertificateOptions offEdge =
        new CertificateOptions(
            options.separateAvAuthentication(), true, key.algorithm(), key.size());
    return new Topology(
        topology.version(),
        topology.product(),
        topology.sipDomains(),
        topology.edge(),
        topology.federation(),
        offEdge,
        topology.hybridOnlineSipDomains());
  }
}
