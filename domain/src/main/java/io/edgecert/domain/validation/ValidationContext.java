package io.edgecert.domain.validation;

import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.topology.Topology;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules judge one certificate with: the topology and its plan, the planned certificate the
 * evidence is meant to be, the evidence, the evaluation instant and the expiry warning window.
 */
public record ValidationContext(
    Topology topology,
    CertificatePlan plan,
    PlannedCertificate expected,
    CertificateEvidence evidence,
    Instant at,
    int expiryWarningDays) {

  public ValidationContext {
    Objects.requireNonNull(topology, "topology");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(at, "at");
    if (expiryWarningDays < 0) {
      throw new IllegalArgumentException("expiryWarningDays must not be negative");
    }
  }

  public CertificateRole role() {
    return expected.id();
  }

  public CertificateFacts leaf() {
    return evidence.leaf();
  }

  /** True for a certificate request, which has no validity, issuer or chain. */
  public boolean isRequest() {
    return evidence.request();
  }

  public ChainStatus chainStatus() {
    return evidence.chain().status();
  }

  /** The subject CN, normalised (FQDN-005); empty when the subject has none. */
  public Optional<String> commonName() {
    return Optional.ofNullable(leaf().commonName()).map(Fqdn::normalize);
  }

  /** The certificate's SAN dNSNames, normalised, in certificate order. */
  public Set<String> certificateNames() {
    return Fqdn.normalizedSet(leaf().dnsNames());
  }

  /** Normalised names of this certificate as its subject CN and SAN spell them, for messages. */
  public List<String> asWritten(Collection<String> names) {
    List<String> written = new ArrayList<>(leaf().dnsNames());
    written.add(leaf().commonName());
    return Fqdn.asWritten(names, written);
  }

  /** The planned SAN dNSNames, normalised, in plan order. */
  public Set<String> plannedNames() {
    return Fqdn.normalizedSet(expected.dnsNames());
  }

  /**
   * The planned SAN dNSNames that the planner put there for one of {@code rules}, normalised, in
   * plan order: validation reads what the certificate must hold from the plan, never recomputes it.
   */
  public Set<String> plannedNames(RuleId... rules) {
    List<RuleId> wanted = List.of(rules);
    return Fqdn.normalizedSet(
        expected.subjectAlternativeNames().stream()
            .filter(san -> san.rules().stream().anyMatch(wanted::contains))
            .map(san -> san.dnsName())
            .toList());
  }
}
