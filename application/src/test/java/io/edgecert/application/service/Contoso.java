package io.edgecert.application.service;

import io.edgecert.application.port.in.TopologySource;
import io.edgecert.domain.topology.CertificateOptions;
import io.edgecert.domain.topology.KeyAlgorithm;
import io.edgecert.domain.topology.PublicImProvider;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.TopologyBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The documentation's contoso.com topologies, as fake topology readers hand them back. */
final class Contoso {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
  static final TopologySource SOURCE =
      new TopologySource(
          "topology.yaml",
          "version: 1".getBytes(StandardCharsets.UTF_8),
          TopologySource.Syntax.AUTO);

  private Contoso() {}

  static Topology single(CertificateOptions options) {
    return TopologyBuilder.contoso().sipFederation(false).certificates(options).build();
  }

  /** A DNS-load-balanced pool of two with SIP federation and AOL public IM. */
  static Topology poolWithAol() {
    return TopologyBuilder.contoso().scaledDns().publicIm(PublicImProvider.AOL).build();
  }

  static CertificateOptions key(KeyAlgorithm algorithm, int size) {
    return new CertificateOptions(false, false, algorithm, size);
  }

  static FakeTopologyReader reader(Topology topology) {
    return new FakeTopologyReader(topology);
  }
}
