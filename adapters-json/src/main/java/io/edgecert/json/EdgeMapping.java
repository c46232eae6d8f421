package io.edgecert.json;

import io.edgecert.domain.topology.Addressing;
import io.edgecert.domain.topology.EdgeLayout;
import io.edgecert.domain.topology.TopologyDraft.EdgeDraft;
import java.util.List;

/** Maps the {@code edge} section: layout, addressing, the interface FQDNs and the pool members. */
final class EdgeMapping {
  static final List<String> KEYS =
      List.of(
          "layout",
          "addressing",
          "accessEdge",
          "webConferencingEdge",
          "avEdge",
          "internal",
          "servers");
  private static final String HOST = "a host name (FQDN)";

  private final Fields fields;
  private final ListFields lists;

  EdgeMapping(Fields fields, ListFields lists) {
    this.fields = fields;
    this.lists = lists;
  }

  /** The edge, or null when the section is missing or not a mapping. */
  EdgeDraft read(Located at) {
    Located edge = fields.mapping(at, KEYS);
    if (edge == null) {
      return null;
    }
    return new EdgeDraft(
        fields.code(edge.child("layout"), EdgeLayout.class),
        fields.code(edge.child("addressing"), Addressing.class),
        fields.text(edge.child("accessEdge"), HOST),
        fields.text(edge.child("webConferencingEdge"), HOST),
        fields.text(edge.child("avEdge"), HOST),
        fields.text(edge.child("internal"), HOST),
        lists.names(edge.child("servers"), "host name"));
  }
}
