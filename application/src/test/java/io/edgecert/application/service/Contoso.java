package io.edgecert.application.service;

import io.edgecert.application.port.in.TopologySource;
import io.edgecert.domain.topology.Addressing;
import io.edgecert.domain.topology.CertificateOptions;
import io.edgecert.domain.topology.Edge;
import io.edgecert.domain.topology.EdgeLayout;
import io.edgecert.domain.topology.Federation;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.topology.KeyAlgorithm;
import io.edgecert.domain.topology.Product;
import io.edgecert.domain.topology.PublicImProvider;
import io.edgecert.domain.topology.Topology;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The documentation's contoso.com topologies, as fake topology readers hand them back. */
final class Contoso {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
  static final TopologySource SOURCE =
      new TopologySource(
          "topology.yaml",
          "version: 1".getBytes(StandardCharsets.UTF_8),
          TopologySource.Syntax.AUTO);
  static final List<String> SERVERS = List.of("edge1.contoso.net", "edge2.contoso.net");

  private Contoso() {}

  static Topology single(CertificateOptions options) {
    return topology(EdgeLayout.SINGLE, List.of(), Federation.none(), options);
  }

  /** A DNS-load-balanced pool of two with SIP federation and AOL public IM. */
  static Topology poolWithAol() {
    Federation federation = new Federation(true, null, List.of(PublicImProvider.AOL));
    return topology(EdgeLayout.SCALED_DNS, SERVERS, federation, CertificateOptions.defaults());
  }

  static CertificateOptions key(KeyAlgorithm algorithm, int size) {
    return new CertificateOptions(false, false, algorithm, size);
  }

  static FakeTopologyReader reader(Topology topology) {
    return new FakeTopologyReader(topology);
  }

  private static Topology topology(
      EdgeLayout layout, List<String> servers, Federation federation, CertificateOptions options) {
    Edge edge =
        new Edge(
            layout,
            Addressing.NAT,
            Fqdn.of("sip.contoso.com"),
            Fqdn.of("webcon.contoso.com"),
            Fqdn.of("av.contoso.com"),
            Fqdn.of("lsedge.contoso.net"),
            Fqdn.of(servers));
    return new Topology(
        1,
        Product.LYNC_2013,
        Fqdn.of(List.of("contoso.com", "fabrikam.com")),
        edge,
        federation,
        options,
        List.of());
  }
}
