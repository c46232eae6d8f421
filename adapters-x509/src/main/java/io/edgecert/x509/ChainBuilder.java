package io.edgecert.x509;

import io.edgecert.domain.certificate.ChainFacts;
import io.edgecert.domain.certificate.ChainGap;
import io.edgecert.domain.certificate.ChainStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
      ParsedCertificate leaf,
      List<ParsedCertificate> supplied,
      TrustAnchors anchors,
      Instant at,
      WorkMeter meter) {
    Map<String, List<ParsedCertificate>> bySubject = bySubject(supplied, meter);
    List<String> path = new ArrayList<>();
    List<ParsedCertificate> visited = new ArrayList<>();
    ParsedCertificate current = leaf;
    while (visited.size() < MAX_DEPTH) {
      path.add(current.subject().text());
      visited.add(current);
      Optional<TrustAnchors.Anchor> anchor = anchor(current, anchors, at, meter);
      if (anchor.isPresent()) {
        if (!anchor.get().certificate().sameSubjectAndKey(current)) {
          path.add(anchor.get().certificate().subject().text());
        }
        return new ChainFacts(anchor.get().status(), path, null);
      }
      if (current.selfIssued() && signedBy(current, current, meter)) {
        return current == leaf
            ? new ChainFacts(ChainStatus.SELF_SIGNED, path, null)
            : incomplete(path, current, ChainGap.ROOT_NOT_TRUSTED);
      }
      List<ParsedCertificate> named = unvisited(bySubject, current.issuer().key(), visited);
      Optional<ParsedCertificate> next = issuer(current, named, at, meter);
      if (next.isEmpty()) {
        return incomplete(
            path,
            current,
            !named.isEmpty() || !anchors.named(current.issuer().key()).isEmpty()
                ? ChainGap.ISSUER_KEY_MISMATCH
                : ChainGap.ISSUER_NOT_SUPPLIED);
      }
      current = next.get();
    }
    return incomplete(path, current, ChainGap.ISSUER_NOT_SUPPLIED);
  }

  /** The supplied certificates by subject match key, in one pass (linear in the bundle). */
  private static Map<String, List<ParsedCertificate>> bySubject(
      List<ParsedCertificate> supplied, WorkMeter meter) {
    Map<String, List<ParsedCertificate>> index = new HashMap<>();
    for (ParsedCertificate certificate : supplied) {
      meter.step();
      index.computeIfAbsent(certificate.subject().key(), k -> new ArrayList<>(1)).add(certificate);
    }
    return index;
  }

  /** The certificates that bear this name and are not yet on the path. */
  private static List<ParsedCertificate> unvisited(
      Map<String, List<ParsedCertificate>> bySubject,
      String name,
      List<ParsedCertificate> visited) {
    List<ParsedCertificate> named = bySubject.getOrDefault(name, List.of());
    return named.stream().filter(candidate -> !visited.contains(candidate)).toList();
  }

  private Optional<TrustAnchors.Anchor> anchor(
      ParsedCertificate current, TrustAnchors anchors, Instant at, WorkMeter meter) {
    return firstSigner(
        current,
        anchors.named(current.issuer().key()),
        TrustAnchors.Anchor::certificate,
        at,
        meter);
  }

  private Optional<ParsedCertificate> issuer(
      ParsedCertificate current, List<ParsedCertificate> named, Instant at, WorkMeter meter) {
    return firstSigner(current, named, Function.identity(), at, meter);
  }

  /**
   * The first candidate whose certificate's key verifies the signature of {@code current}, trying
   * those valid at {@code at} before the others (each group in the order given).
   */
  private <T> Optional<T> firstSigner(
      ParsedCertificate current,
      List<T> named,
      Function<T, ParsedCertificate> certificate,
      Instant at,
      WorkMeter meter) {
    List<T> candidates = new ArrayList<>(named);
    candidates.sort(Comparator.comparing(candidate -> !validAt(certificate.apply(candidate), at)));
    for (int tried = 0; tried < candidates.size(); tried++) {
      meter.candidate(tried, current);
      if (signedBy(current, certificate.apply(candidates.get(tried)), meter)) {
        return Optional.of(candidates.get(tried));
      }
    }
    return Optional.empty();
  }

  private boolean signedBy(ParsedCertificate child, ParsedCertificate issuer, WorkMeter meter) {
    meter.signatureCheck();
    return verifier.signedBy(child, issuer);
  }

  private static boolean validAt(ParsedCertificate certificate, Instant at) {
    return at == null || certificate.holder().isValidOn(Date.from(at));
  }

  private static ChainFacts incomplete(List<String> path, ParsedCertificate last, ChainGap gap) {
    return new ChainFacts(ChainStatus.INCOMPLETE, path, last.issuer().text(), gap);
  }
}
