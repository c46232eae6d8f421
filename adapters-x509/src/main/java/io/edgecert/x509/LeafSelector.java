package io.edgecert.x509;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Picks the end-entity certificate among those supplied together: the one that issues no other
 * supplied certificate, preferring a non-CA one. Two unrelated end entities cannot be told apart.
 */
final class LeafSelector {

  private LeafSelector() {}

  /** The supplied certificates without repeats, in their order. */
  static List<ParsedCertificate> distinct(List<ParsedCertificate> certificates) {
    Map<String, ParsedCertificate> byFingerprint = new LinkedHashMap<>();
    certificates.forEach(certificate -> byFingerprint.putIfAbsent(certificate.sha256(), certificate));
    return new ArrayList<>(byFingerprint.values());
  }

  static ParsedCertificate select(String file, List<ParsedCertificate> certificates) {
    if (certificates.size() == 1) {
      return certificates.get(0);
    }
    List<ParsedCertificate> candidates = certificates.stream()
        .filter(certificate -> issuesNone(certificate, certificates))
        .collect(Collectors.toList());
    List<ParsedCertificate> endEntities = candidates.stream()
        .filter(certificate -> !certificate.isCa()).collect(Collectors.toList());
    if (endEntities.size() > 1) {
      throw InputErrors.invalid(file, "holds " + endEntities.size() + " end-entity certificates"
          + " that do not chain to one another (" + subjects(endEntities) + "); give one"
          + " certificate per file");
    }
    if (!endEntities.isEmpty()) {
      return endEntities.get(0);
    }
    return candidates.isEmpty() ? certificates.get(0) : candidates.get(0);
  }

  private static boolean issuesNone(ParsedCertificate candidate, List<ParsedCertificate> all) {
    return all.stream().noneMatch(other -> other != candidate
        && !other.selfIssued() && other.issuer().equals(candidate.subject()));
  }

  private static String subjects(List<ParsedCertificate> certificates) {
    return certificates.stream().map(certificate -> DistinguishedNames.rfc4514(certificate.subject()))
        .collect(Collectors.joining("; "));
  }
}
