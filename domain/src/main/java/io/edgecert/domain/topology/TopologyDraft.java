package io.edgecert.domain.topology;

import java.util.List;

/**
 * A topology as far as it could be read, before it is checked: the half-read form, whose fields may
 * be null (a missing section, a value of the wrong type) and whose names are as written. Only
 * {@link TopologyValidator#check} turns it into a {@link Topology}, when it is valid.
 */
public record TopologyDraft(
    int version,
    Product product,
    List<String> sipDomains,
    EdgeDraft edge,
    Federation federation,
    CertificateOptions certificates,
    List<String> hybridOnlineSipDomains) {

  public TopologyDraft {
    product = product == null ? Product.LYNC_2013 : product;
    sipDomains = sipDomains == null ? List.of() : List.copyOf(sipDomains);
    federation = federation == null ? Federation.none() : federation;
    certificates = certificates == null ? CertificateOptions.defaults() : certificates;
    hybridOnlineSipDomains =
        hybridOnlineSipDomains == null ? List.of() : List.copyOf(hybridOnlineSipDomains);
  }

  /** A document that held no topology at all. */
  public static TopologyDraft empty() {
    return new TopologyDraft(0, null, null, null, null, null, null);
  }

  /** The draft of a topology already checked, for checking or reading it again. */
  public static TopologyDraft of(Topology topology) {
    Edge edge = topology.edge();
    return new TopologyDraft(
        topology.version(),
        topology.product(),
        topology.sipDomains(),
        new EdgeDraft(
            edge.layout(),
            edge.addressing(),
            edge.accessEdge(),
            edge.webConferencingEdge(),
            edge.avEdge(),
            edge.internal(),
            edge.servers()),
        topology.federation(),
        topology.certificates(),
        topology.hybridOnlineSipDomains());
  }

  public boolean isPool() {
    return edge != null && edge.isPool();
  }

  /** The topology of a draft the validator found no problem in. */
  Topology topology() {
    return new Topology(
        version,
        product,
        sipDomains,
        new Edge(
            edge.layout(),
            edge.addressing(),
            edge.accessEdge(),
            edge.webConferencingEdge(),
            edge.avEdge(),
            edge.internal(),
            edge.servers()),
        federation,
        certificates,
        hybridOnlineSipDomains);
  }

  /** The Edge section as far as it could be read; any field may be null. */
  public record EdgeDraft(
      EdgeLayout layout,
      Addressing addressing,
      String accessEdge,
      String webConferencingEdge,
      String avEdge,
      String internal,
      List<String> servers) {

    public EdgeDraft {
      servers = servers == null ? List.of() : List.copyOf(servers);
    }

    public boolean isPool() {
      return layout != null && layout.isPool();
    }
  }
}
