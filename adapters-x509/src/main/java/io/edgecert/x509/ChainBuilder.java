package io.edgecert.x509;

import io.edgecert.domain.certificate.ChainFacts;
import io.edgecert.domain.certificate.ChainGap;
import io.edgecert.domain.certificate.ChainStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Walks from the leaf through the supplied certificates to a trust anchor, following issuer names
 * and accepting an issuer only when its key verifies the signature. Validity dates do not stop the
 * walk (expiry has its own rules); they only rank candidates that share a name.
 */
final class ChainBuilder {
  private static final int MAX_DEPTH = 12;
  private final SignatureVerifier verifier;

  ChainBuilder(SignatureVerifier verifier) {
    this.verifier = verifier;
  }

  ChainFacts build(
      ParsedCertificate leaf, List<ParsedCertificate> supplied, TrustAnchors anchors, Instant at) {
    List<String> path = new ArrayList<>();
    List<ParsedCertificate> visited = new ArrayList<>();
    ParsedCertificate current = leaf;
    while (visited.size() < MAX_DEPTH) {
      path.add(current.subject().text());
      visited.add(current);
      Optional<TrustAnchors.Anchor> anchor = anchor(current, anchors, at);
      if (anchor.isPresent()) {
        if (!anchor.get().certificate().sameSubjectAndKey(current)) {
          path.add(anchor.get().certificate().subject().text());
        }
        return new ChainFacts(anchor.get().status(), path, null);
      }
      if (current.selfIssued() && verifier.signedBy(current, current)) {
        return current == leaf
            ? new ChainFacts(ChainStatus.SELF_SIGNED, path, null)
            : incomplete(path, current, ChainGap.ROOT_NOT_TRUSTED);
      }
      Optional<ParsedCertificate> next = issuer(current, supplied, visited, at);
      if (next.isEmpty()) {
        return incomplete(
            path,
            current,
            namedOnly(current, supplied, visited, anchors)
                ? ChainGap.ISSUER_KEY_MISMATCH
                : ChainGap.ISSUER_NOT_SUPPLIED);
      }
      current = next.get();
    }
    return incomplete(path, current, ChainGap.ISSUER_NOT_SUPPLIED);
  }

  /** Whether a supplied or trusted certificate bears the issuer's name without its key. */
  private static boolean namedOnly(
      ParsedCertificate current,
      List<ParsedCertificate> supplied,
      List<ParsedCertificate> visited,
      TrustAnchors anchors) {
    String issuer = current.issuer().key();
    return !anchors.named(issuer).isEmpty()
        || supplied.stream()
            .filter(candidate -> !visited.contains(candidate))
            .anyMatch(candidate -> candidate.subject().key().equals(issuer));
  }

  private Optional<TrustAnchors.Anchor> anchor(
      ParsedCertificate current, TrustAnchors anchors, Instant at) {
    return anchors.named(current.issuer().key()).stream()
        .sorted(Comparator.comparing(anchor -> !validAt(anchor.certificate(), at)))
        .filter(anchor -> verifier.signedBy(current, anchor.certificate()))
        .findFirst();
  }

  private Optional<ParsedCertificate> issuer(
      ParsedCertificate current,
      List<ParsedCertificate> supplied,
      List<ParsedCertificate> visited,
      Instant at) {
    return supplied.stream()
        .filter(candidate -> !visited.contains(candidate))
        .filter(candidate -> candidate.subject().key().equals(current.issuer().key()))
        .sorted(Comparator.comparing(candidate -> !validAt(candidate, at)))
        .filter(candidate -> verifier.signedBy(current, candidate))
        .findFirst();
  }

  private static boolean validAt(ParsedCertificate certificate, Instant at) {
    return at == null || certificate.holder().isValidOn(Date.from(at));
  }

  private static ChainFacts incomplete(List<String> path, ParsedCertificate last, ChainGap gap) {
    return new ChainFacts(ChainStatus.INCOMPLETE, path, last.issuer().text(), gap);
  }
}
