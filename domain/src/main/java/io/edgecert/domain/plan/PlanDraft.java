package io.edgecert.domain.plan;

import io.edgecert.domain.topology.EdgeLayout;
import io.edgecert.domain.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The certificates of a plan while the planning rules shape them: the external and internal ones,
 * and the A/V Authentication one when the topology decouples it (AV-004).
 */
public final class PlanDraft {
  private final List<CertificateDraft> certificates = new ArrayList<>();

  private PlanDraft() {}

  /** The drafts a topology starts from, with component labels as the documentation prints them. */
  public static PlanDraft startFrom(Topology topology) {
    PlanDraft draft = new PlanDraft();
    draft.certificates.add(
        new CertificateDraft(CertificateRole.EXTERNAL, label(topology, "External Edge")));
    if (topology.certificates().separateAvAuthentication()) {
      draft.certificates.add(
          new CertificateDraft(
              CertificateRole.AV_AUTHENTICATION, "A/V Authentication (A/V Edge External)"));
    }
    draft.certificates.add(
        new CertificateDraft(CertificateRole.INTERNAL, label(topology, "Internal Edge")));
    return draft;
  }

  private static String label(Topology topology, String side) {
    if (topology.product().isSkypeForBusiness()) {
      return side;
    }
    EdgeLayout layout = topology.edge().layout();
    if (layout == EdgeLayout.SCALED_HLB) {
      return "Single consolidated Edge Server (" + side + ")";
    }
    String prefix = layout == EdgeLayout.SINGLE ? "Single" : "Scaled";
    return prefix + " consolidated Edge (" + side + ")";
  }

  public CertificateDraft external() {
    return certificate(CertificateRole.EXTERNAL).orElseThrow();
  }

  public CertificateDraft internal() {
    return certificate(CertificateRole.INTERNAL).orElseThrow();
  }

  public Optional<CertificateDraft> avAuthentication() {
    return certificate(CertificateRole.AV_AUTHENTICATION);
  }

  /**
   * Every certificate that sits on the external side (external, and A/V Authentication when
   * decoupled).
   */
  public List<CertificateDraft> externalSide() {
    return certificates.stream().filter(c -> c.role() != CertificateRole.INTERNAL).toList();
  }

  public List<CertificateDraft> all() {
    return List.copyOf(certificates);
  }

  private Optional<CertificateDraft> certificate(CertificateRole role) {
    return certificates.stream().filter(c -> c.role() == role).findFirst();
  }

  /** The planned certificates, in the order the plan lists them. */
  public List<PlannedCertificate> build() {
    return certificates.stream().map(CertificateDraft::build).toList();
  }
}
