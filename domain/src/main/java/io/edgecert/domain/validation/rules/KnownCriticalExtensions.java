package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;
import java.util.Map;

/**
 * GEN-EXT-001 (RFC 5280 4.2): no critical extension that certificate users do not recognise; a
 * system "MUST reject the certificate if it encounters a critical extension it does not recognize".
 */
final class KnownCriticalExtensions implements CertificateRule {

  /** The extensions of RFC 5280 4.2.1 and 4.2.2, and Microsoft's that Windows reads, by OID. */
  static final Map<String, String> RECOGNISED =
      Map.ofEntries(
          Map.entry("2.5.29.35", "authorityKeyIdentifier"),
          Map.entry("2.5.29.14", "subjectKeyIdentifier"),
          Map.entry("2.5.29.15", "keyUsage"),
          Map.entry("2.5.29.32", "certificatePolicies"),
          Map.entry("2.5.29.33", "policyMappings"),
          Map.entry("2.5.29.17", "subjectAltName"),
          Map.entry("2.5.29.18", "issuerAltName"),
          Map.entry("2.5.29.9", "subjectDirectoryAttributes"),
          Map.entry("2.5.29.19", "basicConstraints"),
          Map.entry("2.5.29.30", "nameConstraints"),
          Map.entry("2.5.29.36", "policyConstraints"),
          Map.entry("2.5.29.37", "extKeyUsage"),
          Map.entry("2.5.29.31", "cRLDistributionPoints"),
          Map.entry("2.5.29.54", "inhibitAnyPolicy"),
          Map.entry("2.5.29.46", "freshestCRL"),
          Map.entry("1.3.6.1.5.5.7.1.1", "authorityInfoAccess"),
          Map.entry("1.3.6.1.5.5.7.1.11", "subjectInfoAccess"),
          Map.entry("1.3.6.1.4.1.311.20.2", "Microsoft certificate template name"),
          Map.entry("1.3.6.1.4.1.311.21.7", "Microsoft certificate template"),
          Map.entry("1.3.6.1.4.1.311.21.10", "Microsoft application policies"));

  private static final String EXPECTED = "no unrecognised critical extension";

  @Override
  public RuleId id() {
    return RuleId.GEN_EXT_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of();
  }

  @Override
  public Finding check(ValidationContext context) {
    List<String> critical = context.leaf().criticalExtensionOids();
    List<String> unknown = critical.stream().filter(oid -> !RECOGNISED.containsKey(oid)).toList();
    if (!unknown.isEmpty()) {
      return Finding.broken(
          id(),
          (unknown.size() == 1 ? "the critical extension " : "the critical extensions ")
              + String.join(", ", unknown)
              + (unknown.size() == 1 ? " is" : " are")
              + " not one certificate users recognise; RFC 5280 has them reject the certificate",
          EXPECTED,
          "critical: " + String.join(", ", unknown));
    }
    return Finding.pass(
        id(),
        critical.isEmpty()
            ? "no extension is marked critical"
            : "every critical extension is a recognised one",
        EXPECTED,
        critical.isEmpty()
            ? "none critical"
            : "critical: " + String.join(", ", critical.stream().map(RECOGNISED::get).toList()));
  }
}
