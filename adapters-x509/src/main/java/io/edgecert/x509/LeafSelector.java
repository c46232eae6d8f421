package io.edgecert.x509;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    certificates.forEach(
        certificate -> byFingerprint.putIfAbsent(certificate.sha256(), certificate));
    return new ArrayList<>(byFingerprint.values());
  }

  /**
   * Linear in the certificates: the names they are issued by are gathered once, and a candidate is
   * one whose subject is none of them (not one comparison per pair: 20,000 certificates in one
   * PKCS#7 took 12-44 s that way).
   */
  static ParsedCertificate select(
      String file, List<ParsedCertificate> certificates, WorkMeter meter) {
    if (certificates.size() == 1) {
      return certificates.get(0);
    }
    Set<String> issuers = new HashSet<>();
    for (ParsedCertificate certificate : certificates) {
      meter.step();
      if (!certificate.selfIssued()) {
        issuers.add(certificate.issuer().key());
      }
    }
    List<ParsedCertificate> candidates = new ArrayList<>();
    for (ParsedCertificate certificate : certificates) {
      meter.step();
      if (!issuers.contains(certificate.subject().key())) {
        candidates.add(certificate);
      }
    }
    List<ParsedCertificate> endEntities =
        candidates.stream().filter(certificate -> !certificate.isCa()).collect(Collectors.toList());
    if (endEntities.size() > 1) {
      throw InputErrors.invalid(
          file,
          "holds "
              + endEntities.size()
              + " end-entity certificates"
              + " that do not chain to one another ("
              + subjects(endEntities)
              + "); give one"
              + " certificate per file");
    }
    if (!endEntities.isEmpty()) {
      return endEntities.get(0);
    }
    return candidates.isEmpty() ? certificates.get(0) : candidates.get(0);
  }

  private static String subjects(List<ParsedCertificate> certificates) {
    return certificates.stream()
        .map(certificate -> certificate.subject().text())
        .collect(Collectors.joining("; "));
  }
}
