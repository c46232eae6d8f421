package io.edgecert.domain.topology;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds topologies for tests, starting from the documentation's contoso.com names: a single Edge
 * behind NAT, SIP federation on, the default key. Shared with the other modules through the domain
 * test-jar.
 */
public final class TopologyBuilder {
  private Product product = Product.LYNC_2013;
  private List<String> sipDomains = List.of("contoso.com", "fabrikam.com");
  private EdgeLayout layout = EdgeLayout.SINGLE;
  private Addressing addressing = Addressing.NAT;
  private String accessEdge = "sip.contoso.com";
  private String webConferencingEdge = "webcon.contoso.com";
  private String avEdge = "av.contoso.com";
  private String internal = "lsedge.contoso.net";
  private List<String> servers = List.of();
  private boolean sipFederation = true;
  private TopologyDraft.XmppDraft xmpp;
  private List<PublicImProvider> publicIm = List.of();
  private boolean separateAv;
  private boolean offEdge;
  private KeyAlgorithm keyAlgorithm = KeyAlgorithm.RSA;
  private int keySize;
  private List<String> online = List.of();

  public static TopologyBuilder contoso() {
    return new TopologyBuilder();
  }

  public TopologyBuilder product(Product value) {
    this.product = value;
    return this;
  }

  public TopologyBuilder sipDomains(String... values) {
    this.sipDomains = List.of(values);
    return this;
  }

  public TopologyBuilder single() {
    return layout(EdgeLayout.SINGLE, List.of());
  }

  public TopologyBuilder scaledDns() {
    return layout(EdgeLayout.SCALED_DNS, List.of("edge1.contoso.net", "edge2.contoso.net"));
  }

  public TopologyBuilder scaledHlb() {
    addressing = Addressing.PUBLIC;
    return layout(EdgeLayout.SCALED_HLB, List.of("edge1.contoso.net", "edge2.contoso.net"));
  }

  /**
   * A DNS-load-balanced pool of these members ({@code edge.servers}; none: the members unnamed).
   */
  public TopologyBuilder pool(String... members) {
    return layout(EdgeLayout.SCALED_DNS, List.of(members));
  }

  public TopologyBuilder layout(EdgeLayout value, List<String> members) {
    this.layout = value;
    this.servers = members;
    return this;
  }

  public TopologyBuilder servers(List<String> members) {
    this.servers = new ArrayList<>(members);
    return this;
  }

  public TopologyBuilder addressing(Addressing value) {
    this.addressing = value;
    return this;
  }

  public TopologyBuilder accessEdge(String value) {
    this.accessEdge = value;
    return this;
  }

  public TopologyBuilder webConferencingEdge(String value) {
    this.webConferencingEdge = value;
    return this;
  }

  public TopologyBuilder avEdge(String value) {
    this.avEdge = value;
    return this;
  }

  public TopologyBuilder internal(String value) {
    this.internal = value;
    return this;
  }

  public TopologyBuilder sipFederation(boolean value) {
    this.sipFederation = value;
    return this;
  }

  public TopologyBuilder xmpp(XmppSanStyle style, String... domains) {
    this.xmpp = new TopologyDraft.XmppDraft(List.of(domains), style);
    return this;
  }

  public TopologyBuilder publicIm(PublicImProvider... providers) {
    this.publicIm = List.of(providers);
    return this;
  }

  public TopologyBuilder separateAvAuthentication() {
    this.separateAv = true;
    return this;
  }

  public TopologyBuilder requestedOffEdge() {
    this.offEdge = true;
    return this;
  }

  public TopologyBuilder key(KeyAlgorithm algorithm, int size) {
    this.keyAlgorithm = algorithm;
    this.keySize = size;
    return this;
  }

  /** Every certificate option at once ({@code certificates:}). */
  public TopologyBuilder certificates(CertificateOptions options) {
    this.separateAv = options.separateAvAuthentication();
    this.offEdge = options.requestedOffEdge();
    return key(options.keyAlgorithm(), options.keySize());
  }

  public TopologyBuilder onlineSipDomains(String... domains) {
    this.online = List.of(domains);
    return this;
  }

  /** The topology; its names must be valid FQDNs ({@link Fqdn#of}), the rest need not be. */
  public Topology build() {
    return draft().topology();
  }

  /** The topology as a draft, names as given: for the validator's tests. */
  public TopologyDraft draft() {
    TopologyDraft.EdgeDraft edge =
        new TopologyDraft.EdgeDraft(
            layout, addressing, accessEdge, webConferencingEdge, avEdge, internal, servers);
    return new TopologyDraft(
        1,
        product,
        sipDomains,
        edge,
        new TopologyDraft.FederationDraft(sipFederation, xmpp, publicIm),
        new CertificateOptions(separateAv, offEdge, keyAlgorithm, keySize),
        online);
  }
}
