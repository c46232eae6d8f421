package io.edgecert.json;

import io.edgecert.domain.topology.Product;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.TopologyDraft;
import java.util.List;

/**
 * Maps the top of a topology document (format version 1) onto a {@link TopologyDraft}: the
 * half-read form, which the domain's validator turns into a {@link Topology} when it is valid.
 */
final class TopologyMapping {
  static final List<String> KEYS =
      List.of("version", "product", "sipDomains", "edge", "federation", "certificates", "hybrid");
  static final List<String> HYBRID_KEYS = List.of("onlineSipDomains");
  private static final String SUPPORTED = "supported versions: " + Topology.SUPPORTED_VERSION;

  private final Fields fields;
  private final ListFields lists;

  TopologyMapping(Fields fields) {
    this.fields = fields;
    this.lists = new ListFields(fields);
  }

  /** The topology as far as it could be read; never null, even for an empty document. */
  TopologyDraft read(Located root) {
    if (!isTopologyMapping(root)) {
      return TopologyDraft.empty();
    }
    Keys.reportUnknown(root, KEYS, fields.problems());
    return new TopologyDraft(
        version(root.child("version")),
        fields.code(root.child("product"), Product.class),
        lists.names(root.child("sipDomains"), "domain name"),
        new EdgeMapping(fields, lists).read(root.child("edge")),
        new FederationMapping(fields, lists).read(root.child("federation")),
        new CertificatesMapping(fields).read(root.child("certificates")),
        hybridOnlineSipDomains(fields.mapping(root.child("hybrid"), HYBRID_KEYS)));
  }

  private boolean isTopologyMapping(Located root) {
    boolean empty = root.isMissing();
    if (empty) {
      fields
          .problems()
          .addAlone(
              "", "the document is empty; expected a mapping with version, sipDomains and edge");
    } else if (!root.node().isObject()) {
      fields.problems().wrongType(root, "a mapping with the keys " + String.join(", ", KEYS));
    }
    return !empty && root.node().isObject();
  }

  private int version(Located at) {
    if (at.isMissing()) {
      fields.problems().add(at.path(), "missing \"version\"; " + SUPPORTED);
      return 0;
    }
    Integer version = fields.whole(at, "a whole number (" + SUPPORTED + ")");
    if (version != null && version != Topology.SUPPORTED_VERSION) {
      // Another version is another format: its other keys mean nothing to this reader.
      fields
          .problems()
          .addAlone(at.path(), "version " + version + " is not supported; " + SUPPORTED);
    }
    return version == null ? 0 : version;
  }

  private List<String> hybridOnlineSipDomains(Located hybrid) {
    return hybrid == null ? null : lists.names(hybrid.child("onlineSipDomains"), "domain name");
  }
}
