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
    FederationDraft federation,
    CertificateOptions certificates,
    List<String> hybridOnlineSipDomains) {

  public TopologyDraft {
    product = product == null ? Product.LYNC_2013 : product;
    sipDomains = sipDomains == null ? List.of() : List.copyOf(sipDomains);
    federation = federation == null ? FederationDraft.NONE : federation;
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
        written(topology.sipDomains()),
        new EdgeDraft(
            edge.layout(),
            edge.addressing(),
            edge.accessEdge().toString(),
            edge.webConferencingEdge().toString(),
            edge.avEdge() == null ? null : edge.avEdge().toString(),
            edge.internal().toString(),
            written(edge.servers())),
        FederationDraft.of(topology.federation()),
        topology.certificates(),
        written(topology.hybridOnlineSipDomains()));
  }

  public boolean isPool() {
    return edge != null && edge.isPool();
  }

  /** The topology of a draft the validator found no problem in: its names become {@link Fqdn}s. */
  Topology topology() {
    return new Topology(
        version,
        product,
        Fqdn.of(sipDomains),
        new Edge(
            edge.layout(),
            edge.addressing(),
            Fqdn.of(edge.accessEdge()),
            Fqdn.of(edge.webConferencingEdge()),
            edge.avEdge() == null ? null : Fqdn.of(edge.avEdge()),
            Fqdn.of(edge.internal()),
            Fqdn.of(edge.servers())),
        federation.federation(),
        certificates,
        Fqdn.of(hybridOnlineSipDomains));
  }

  private static List<String> written(List<Fqdn> names) {
    return names.stream().map(Fqdn::toString).toList();
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

  /** The federation section as far as it could be read; names as written. */
  public record FederationDraft(boolean sip, XmppDraft xmpp, List<PublicImProvider> publicIm) {
    static final FederationDraft NONE = new FederationDraft(false, null, List.of());

    public FederationDraft {
      publicIm = publicIm == null ? List.of() : List.copyOf(publicIm);
    }

    static FederationDraft of(Federation federation) {
      XmppFederation xmpp = federation.xmpp();
      return new FederationDraft(
          federation.sip(),
          xmpp == null ? null : new XmppDraft(written(xmpp.domains()), xmpp.sanStyle()),
          federation.publicIm());
    }

    /** The federation of a draft the validator found no problem in. */
    Federation federation() {
      return new Federation(
          sip,
          xmpp == null ? null : new XmppFederation(Fqdn.of(xmpp.domains()), xmpp.sanStyle()),
          publicIm);
    }
  }

  /** XMPP federation as far as it could be read: the domains as written, the SAN style. */
  public record XmppDraft(List<String> domains, XmppSanStyle sanStyle) {
    public XmppDraft {
      domains = domains == null ? List.of() : List.copyOf(domains);
      sanStyle = sanStyle == null ? XmppSanStyle.DOMAIN : sanStyle;
    }
  }
}
