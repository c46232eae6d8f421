package io.edgecert.x509;

import io.edgecert.domain.certificate.ChainStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;

/** The roots a chain may end in, indexed by subject, each marked public or private. */
final class TrustAnchors {

  /** One root and what reaching it means. */
  record Anchor(ParsedCertificate certificate, ChainStatus status) {}

  private final Map<X500Name, List<Anchor>> bySubject = new HashMap<>();

  TrustAnchors(List<ParsedCertificate> publicRoots, List<ParsedCertificate> privateRoots) {
    publicRoots.forEach(root -> add(root, ChainStatus.PUBLIC_ROOT));
    privateRoots.forEach(root -> add(root, ChainStatus.PRIVATE_ROOT));
  }

  private void add(ParsedCertificate root, ChainStatus status) {
    bySubject.computeIfAbsent(root.subject(), subject -> new ArrayList<>())
        .add(new Anchor(root, status));
  }

  /** The roots named {@code subject}: public ones first, then private ones. */
  List<Anchor> named(X500Name subject) {
    return bySubject.getOrDefault(subject, List.of());
  }
}
