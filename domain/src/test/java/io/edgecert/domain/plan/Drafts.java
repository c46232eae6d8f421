package io.edgecert.domain.plan;

import io.edgecert.domain.topology.Topology;
import java.util.List;

/** Runs single planning rules on a fresh draft, for the rule tests. */
public final class Drafts {
  private Drafts() {}

  /**
   * Applies {@code rules} in order (when they apply) and returns the built certificates. Subjects
   * and keys are set first, since every built certificate needs them.
   */
  public static Built apply(Topology topology, PlanningRule... rules) {
    PlanDraft draft = PlanDraft.startFrom(topology);
    draft
        .all()
        .forEach(
            c ->
                c.subject(
                    c.role() == CertificateRole.INTERNAL
                        ? topology.edge().internal().normalized()
                        : topology.edge().accessEdge().normalized()));
    KeySpec key =
        new KeySpec(topology.certificates().keyAlgorithm(), topology.certificates().keySize());
    draft.all().forEach(c -> c.key(key));
    for (PlanningRule rule : rules) {
      if (rule.appliesTo(topology)) {
        rule.apply(topology, draft);
      }
    }
    return new Built(draft.build());
  }

  /** The certificates a partial plan built. */
  public record Built(List<PlannedCertificate> certificates) {
    public PlannedCertificate get(CertificateRole role) {
      return certificates.stream().filter(c -> c.id() == role).findFirst().orElseThrow();
    }

    public PlannedCertificate external() {
      return get(CertificateRole.EXTERNAL);
    }

    public PlannedCertificate internal() {
      return get(CertificateRole.INTERNAL);
    }
  }
}
