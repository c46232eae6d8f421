package io.edgecert.domain.topology;

import java.util.List;
import java.util.Objects;

/**
 * An Edge topology, format version 1: the product, the SIP domains (the first is the primary), the
 * Edge, federation, certificate options and hybrid online-only SIP domains. Input becomes one only
 * through {@link TopologyValidator#check}, which makes it from a {@link TopologyDraft} that has no
 * problem; the constructor refuses a missing Edge or Edge field as a programming error. Every name
 * is an {@link Fqdn}, valid and compared without case; the SIP, XMPP and online-only SIP domains
 * too (a tenant's {@code contoso.onmicrosoft.com} is such a domain; {@code *.onmicrosoft.com} is
 * the pattern SIPDOM-006 matches it with, never a listed name).
 */
public record Topology(
    int version,
    Product product,
    List<Fqdn> sipDomains,
    Edge edge,
    Federation federation,
    CertificateOptions certificates,
    List<Fqdn> hybridOnlineSipDomains) {

  /** The only topology format version this release reads. */
  public static final int SUPPORTED_VERSION = 1;

  public Topology {
    Objects.requireNonNull(edge, "edge");
    product = product == null ? Product.LYNC_2013 : product;
    sipDomains = sipDomains == null ? List.of() : List.copyOf(sipDomains);
    federation = federation == null ? Federation.none() : federation;
    certificates = certificates == null ? CertificateOptions.defaults() : certificates;
    hybridOnlineSipDomains =
        hybridOnlineSipDomains == null ? List.of() : List.copyOf(hybridOnlineSipDomains);
  }

  public boolean isPool() {
    return edge.isPool();
  }
}
