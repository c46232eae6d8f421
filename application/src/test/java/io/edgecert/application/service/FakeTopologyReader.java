package io.edgecert.application.service;

import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.TopologyDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A topology reader that hands back a prepared document and remembers what it was asked to read.
 */
final class FakeTopologyReader implements TopologyReader {
  final List<TopologySource> read = new ArrayList<>();
  private final TopologyDocument document;

  FakeTopologyReader(TopologyDocument document) {
    this.document = document;
  }

  /** Returns {@code topology} without structural problems, whatever the source. */
  FakeTopologyReader(Topology topology) {
    this(new TopologyDocument(TopologyDraft.of(topology), List.of(), Map.of()));
  }

  @Override
  public TopologyDocument read(TopologySource source) {
    read.add(source);
    return document;
  }
}
