package io.edgecert.domain.plan;

import java.util.List;
import java.util.Objects;

/**
 * One certificate an Edge topology needs: where it is assigned, its subject and ordered SANs, EKUs,
 * the kind of CA, key rules, pool sharing, usage types and the Request-CsCertificate line that
 * requests it.
 */
public record PlannedCertificate(
    CertificateRole id,
    String component,
    String subjectName,
    List<PlannedSan> subjectAlternativeNames,
    List<ExtendedKeyUsage> extendedKeyUsages,
    CertificateAuthorityKind certificateAuthority,
    boolean privateKeyExportable,
    boolean sharedByPoolMembers,
    List<UsageType> usages,
    KeySpec key,
    String requestCommand,
    List<String> notes) {

  public PlannedCertificate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subjectName, "subjectName");
    subjectAlternativeNames = List.copyOf(subjectAlternativeNames);
    extendedKeyUsages = List.copyOf(extendedKeyUsages);
    usages = List.copyOf(usages);
    notes = List.copyOf(notes);
  }

  /** The SAN dNSNames in plan order. */
  public List<String> dnsNames() {
    return subjectAlternativeNames.stream().map(PlannedSan::dnsName).toList();
  }

  public boolean requires(ExtendedKeyUsage usage) {
    return extendedKeyUsages.contains(usage);
  }

  public boolean carries(UsageType usage) {
    return usages.contains(usage);
  }
}
