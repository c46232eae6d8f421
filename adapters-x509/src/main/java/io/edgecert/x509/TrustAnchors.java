package io.edgecert.x509;

import io.edgecert.domain.certificate.ChainStatus;
import java.util.ArrayList;
import java.util.List;

/** The roots a chain may end in, indexed by subject, each marked public or private. */
final class TrustAnchors {

  /** One root and what reaching it means. */
  record Anchor(ParsedCertificate certificate, ChainStatus status) {}

  private final RootIndex publicRoots;
  private final RootIndex privateRoots;

  TrustAnchors(RootIndex publicRoots, List<ParsedCertificate> privateRoots) {
    this.publicRoots = publicRoots;
    this.privateRoots = RootIndex.parsed(privateRoots);
  }

  /** The roots whose subject has this match key: public ones first, then private ones. */
  List<Anchor> named(String subjectKey) {
    List<ParsedCertificate> publicOnes = publicRoots.named(subjectKey);
    List<ParsedCertificate> privateOnes = privateRoots.named(subjectKey);
    if (publicOnes.isEmpty() && privateOnes.isEmpty()) {
      return List.of();
    }
    List<Anchor> anchors = new ArrayList<>(publicOnes.size() + privateOnes.size());
    publicOnes.forEach(root -> anchors.add(new Anchor(root, ChainStatus.PUBLIC_ROOT)));
    privateOnes.forEach(root -> anchors.add(new Anchor(root, ChainStatus.PRIVATE_ROOT)));
    return anchors;
  }
}
