package io.edgecert.domain.topology;

import java.util.List;

/**
 * The Edge Server or pool: layout, addressing and the FQDNs of its interfaces. Fields may be null in a
 * topology that failed to parse; {@link TopologyValidator} reports those.
 */
public record Edge(
    EdgeLayout layout,
    Addressing addressing,
    String accessEdge,
    String webConferencingEdge,
    String avEdge,
    String internal,
    List<String> servers) {

  public Edge {
    servers = servers == null ? List.of() : List.copyOf(servers);
  }

  public boolean isPool() {
    return layout != null && layout.isPool();
  }
}
