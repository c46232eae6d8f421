package io.edgecert.application.service;

import io.edgecert.application.port.in.BundleRefusal;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.validation.ValidationReport;
import java.util.List;

/**
 * Where a bundled certificate goes: its role (null when unknown), the usages Set-CsCertificate
 * assigns, the servers to run the import on (empty when no topology names them), the validation
 * report (null without a topology) and the refusal that force overrode (null when none). The key is
 * always imported exportable: it was kept in a file off the Edge (EXT-KEY-003).
 */
record BundleTarget(
    CertificateRole role,
    List<UsageType> usages,
    List<String> servers,
    ValidationReport report,
    BundleRefusal overridden) {

  BundleTarget {
    usages = List.copyOf(usages);
    servers = List.copyOf(servers);
  }

  /**
   * From the plan of a topology, as validation matched the certificate to it; the key is imported
   * exportable whatever the plan says for a key made on the Edge, because this one was kept in a
   * file off the Edge (EXT-KEY-003).
   */
  static BundleTarget planned(
      PlannedCertificate planned,
      Topology topology,
      ValidationReport report,
      BundleRefusal overridden) {
    return new BundleTarget(
        planned.id(), planned.usages(), PoolMembers.of(topology), report, overridden);
  }

  /**
   * Without a topology: the usages of the default (coupled) plan for the role, none when the role
   * is unknown; the key is exportable because it was kept off the Edge (EXT-KEY-003).
   */
  static BundleTarget unplanned(CertificateRole role, BundleRefusal overridden) {
    return new BundleTarget(role, defaultUsages(role), List.of(), null, overridden);
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
