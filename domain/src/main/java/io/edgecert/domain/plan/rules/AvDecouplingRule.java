package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;

/**
 * AV-004 (S09, S12, S13): with a decoupled A/V Authentication certificate (for -Roll staging) the
 * AudioVideoAuthentication usage moves from the external certificate to its own certificate.
 */
public final class AvDecouplingRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.AV_004;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return topology.certificates().separateAvAuthentication();
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.external().removeUsage(UsageType.AUDIO_VIDEO_AUTHENTICATION);
    plan.avAuthentication()
        .ifPresent(
            av -> {
              av.addUsage(UsageType.AUDIO_VIDEO_AUTHENTICATION);
              av.note(
                  "The A/V Authentication service ignores subject and SAN (AV-003); reusing the Access "
                      + "Edge name is a safe default");
            });
  }
}
