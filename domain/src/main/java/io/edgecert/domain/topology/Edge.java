package io.edgecert.domain.topology;

import java.util.List;
import java.util.Objects;

/**
 * The Edge Server or pool of a valid topology: layout, addressing and the FQDNs of its interfaces
 * (the A/V Edge FQDN may be absent, null). The half-read form whose fields may be missing is {@link
 * TopologyDraft.EdgeDraft}.
 */
public record Edge(
    EdgeLayout layout,
    Addressing addressing,
    Fqdn accessEdge,
    Fqdn webConferencingEdge,
    Fqdn avEdge,
    Fqdn internal,
    List<Fqdn> servers) {

  public Edge {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(addressing, "addressing");
    Objects.requireNonNull(accessEdge, "accessEdge");
    Objects.requireNonNull(webConferencingEdge, "webConferencingEdge");
    Objects.requireNonNull(internal, "internal");
    servers = servers == null ? List.of() : List.copyOf(servers);
  }

  public boolean isPool() {
    return layout.isPool();
  }
}
