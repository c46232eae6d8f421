package io.edgecert.application.service;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.validation.ValidationReport;
import java.util.List;

/**
 * Where a bundled certificate goes: its role (null when unknown), the usages Set-CsCertificate
 * assigns, whether the key is imported exportable, the servers to run the import on (empty when no
 * topology names them) and the validation report (null without a topology).
 */
record BundleTarget(
    CertificateRole role,
    List<UsageType> usages,
    boolean exportable,
    List<String> servers,
    ValidationReport report) {

  BundleTarget {
    usages = List.copyOf(usages);
    servers = List.copyOf(servers);
  }

  /** From the plan of a topology, as validation matched the certificate to it. */
  static BundleTarget planned(
      PlannedCertificate planned, Topology topology, ValidationReport report) {
    return new BundleTarget(
        planned.id(),
        planned.usages(),
        planned.privateKeyExportable(),
        PoolMembers.of(topology),
        report);
  }

  /**
   * Without a topology: the usages of the default (coupled) plan for the role, none when the role
   * is unknown; the key is exportable because it was kept off the Edge (EXT-KEY-003).
   */
  static BundleTarget unplanned(CertificateRole role) {
    return new BundleTarget(role, defaultUsages(role), true, List.of(), null);
  }

  private static List<UsageType> defaultUsages(CertificateRole role) {
    if (role == null) {
      return List.of();
    }
    if (role == CertificateRole.EXTERNAL) {
      return List.of(
          UsageType.ACCESS_EDGE_EXTERNAL,
          UsageType.DATA_EDGE_EXTERNAL,
          UsageType.AUDIO_VIDEO_AUTHENTICATION);
    }
    return List.of(
        role == CertificateRole.INTERNAL
            ? UsageType.INTERNAL
            : UsageType.AUDIO_VIDEO_AUTHENTICATION);
  }

  /** The friendly name of the role, or a generic one when the role is unknown. */
  String friendlyName() {
    return role == null ? "Edge Certificate" : role.friendlyName();
  }
}
