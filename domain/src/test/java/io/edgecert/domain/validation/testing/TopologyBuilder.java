package io.edgecert.domain.validation.testing;

import io.edgecert.domain.topology.Addressing;
import io.edgecert.domain.topology.CertificateOptions;
import io.edgecert.domain.topology.Edge;
import io.edgecert.domain.topology.EdgeLayout;
import io.edgecert.domain.topology.Federation;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.topology.KeyAlgorithm;
import io.edgecert.domain.topology.Product;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.XmppFederation;
import io.edgecert.domain.topology.XmppSanStyle;
import java.util.List;

/** A test topology: the documentation's contoso single Edge, changed field by field. */
public final class TopologyBuilder {
  private Product product = Product.LYNC_2013;
  private EdgeLayout layout = EdgeLayout.SINGLE;
  private List<String> sipDomains = List.of("contoso.com", "fabrikam.com");
  private String avEdge = "av.contoso.com";
  private XmppFederation xmpp;
  private List<String> hybrid = List.of();
  private boolean separateAv;
  private List<String> servers = List.of();

  public TopologyBuilder product(Product value) {
    product = value;
    return this;
  }

  public TopologyBuilder pool() {
    layout = EdgeLayout.SCALED_DNS;
    return this;
  }

  /** A DNS-load-balanced pool of these members ({@code edge.servers}). */
  public TopologyBuilder pool(String... members) {
    servers = List.of(members);
    return pool();
  }

  public TopologyBuilder sipDomains(String... domains) {
    sipDomains = List.of(domains);
    return this;
  }

  public TopologyBuilder avEdge(String fqdn) {
    avEdge = fqdn;
    return this;
  }

  public TopologyBuilder xmpp(XmppSanStyle style, String... domains) {
    xmpp = new XmppFederation(Fqdn.of(List.of(domains)), style);
    return this;
  }

  public TopologyBuilder hybridOnline(String... domains) {
    hybrid = List.of(domains);
    return this;
  }

  public TopologyBuilder separateAvAuthentication() {
    separateAv = true;
    return this;
  }

  public Topology build() {
    Edge edge =
        new Edge(
            layout,
            Addressing.PUBLIC,
            Fqdn.of("sip.contoso.com"),
            Fqdn.of("webcon.contoso.com"),
            avEdge == null ? null : Fqdn.of(avEdge),
            Fqdn.of("lsedge.contoso.net"),
            Fqdn.of(servers));
    return new Topology(
        Topology.SUPPORTED_VERSION,
        product,
        Fqdn.of(sipDomains),
        edge,
        new Federation(true, xmpp, List.of()),
        new CertificateOptions(separateAv, false, KeyAlgorithm.RSA, 2048),
        Fqdn.of(hybrid));
  }
}
