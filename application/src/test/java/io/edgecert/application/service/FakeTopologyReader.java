package io.edgecert.application.service;

import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.domain.topology.Topology;
import java.util.List;
import java.util.Map;

/** Returns one prepared topology, without structural problems, whatever the source. */
final class FakeTopologyReader implements TopologyReader {
  private final Topology topology;

  FakeTopologyReader(Topology topology) {
    this.topology = topology;
  }

  @Override
  public TopologyDocument read(TopologySource source) {
    return new TopologyDocument(topology, List.of(), Map.of());
  }
}
