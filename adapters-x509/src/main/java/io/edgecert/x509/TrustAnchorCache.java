package io.edgecert.x509;

import io.edgecert.application.port.in.TrustSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds the {@link TrustAnchors} for a {@link TrustSettings} and keeps the last one, so that a
 * batch of certificates checked with the same settings parses the root bundles once. The JDK's
 * default roots are indexed on first need and kept.
 */
final class TrustAnchorCache {
  private final Supplier<RootIndex> defaultPublicRoots;
  private volatile Cached last;
  private volatile CachedChain lastChain;

  private record Cached(TrustSettings settings, TrustAnchors anchors) {}

  private record CachedChain(TrustSettings settings, List<ParsedCertificate> certificates) {}

  TrustAnchorCache(Supplier<RootIndex> defaultPublicRoots) {
    this.defaultPublicRoots = new Lazy<>(defaultPublicRoots);
  }

  /** Settings are equal when they hold the same arrays (record equality on array identity). */
  TrustAnchors anchors(TrustSettings settings) {
    Cached cached = last;
    if (cached != null && cached.settings().equals(settings)) {
      return cached.anchors();
    }
    TrustAnchors anchors = new TrustAnchors(publicRoots(settings), privateRoots(settings));
    last = new Cached(settings, anchors);
    return anchors;
  }

  /**
   * The certificates of the {@code --chain} files, decoded once for a batch with the same settings
   * (as the roots are).
   */
  List<ParsedCertificate> intermediates(TrustSettings settings) {
    CachedChain cached = lastChain;
    if (cached != null && cached.settings().equals(settings)) {
      return cached.certificates();
    }
    List<ParsedCertificate> certificates = new ArrayList<>();
    for (int i = 0; i < settings.intermediates().size(); i++) {
      String name = "chain file #" + (i + 1);
      certificates.addAll(
          InputDecoder.decode(name, settings.intermediates().get(i), null).certificates());
    }
    lastChain = new CachedChain(settings, List.copyOf(certificates));
    return lastChain.certificates();
  }

  private RootIndex publicRoots(TrustSettings settings) {
    return settings.publicRoots() == null
        ? defaultPublicRoots.get()
        : RootIndex.parsed(
            RootCertificates.parse(settings.publicRootsName(), settings.publicRoots()));
  }

  private static List<ParsedCertificate> privateRoots(TrustSettings settings) {
    List<ParsedCertificate> roots = new ArrayList<>();
    for (int i = 0; i < settings.privateRoots().size(); i++) {
      roots.addAll(
          RootCertificates.parse(
              settings.privateRootNames().get(i), settings.privateRoots().get(i)));
    }
    return roots;
  }
}
