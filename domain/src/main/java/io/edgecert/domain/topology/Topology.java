package io.edgecert.domain.topology;

import java.util.List;

/**
 * An Edge topology, format version 1: the product, the SIP domains (the first is the primary), the
 * Edge, federation, certificate options and hybrid online-only SIP domains.
 */
public record Topology(
    int version,
    Product product,
    List<String> sipDomains,
    Edge edge,
    Federation federation,
    CertificateOptions certificates,
    List<String> hybridOnlineSipDomains) {

  /** The only topology format version this release reads. */
  public static final int SUPPORTED_VERSION = 1;

  public Topology {
    product = product == null ? Product.LYNC_2013 : product;
    sipDomains = sipDomains == null ? List.of() : List.copyOf(sipDomains);
    federation = federation == null ? Federation.none() : federation;
    certificates = certificates == null ? CertificateOptions.defaults() : certificates;
    hybridOnlineSipDomains =
        hybridOnlineSipDomains == null ? List.of() : List.copyOf(hybridOnlineSipDomains);
  }

  public boolean isPool() {
    return edge != null && edge.isPool();
  }
}
