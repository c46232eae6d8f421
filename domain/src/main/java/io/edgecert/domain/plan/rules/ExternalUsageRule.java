package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;

/**
 * EXT-USAGE-001 (S09, S02-S06, S13, S18, K1): one external certificate serves the Access Edge, Web
 * Conferencing Edge and A/V Authentication usages.
 */
public final class ExternalUsageRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_USAGE_001;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return true;
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.external().addUsage(UsageType.ACCESS_EDGE_EXTERNAL);
    plan.external().addUsage(UsageType.DATA_EDGE_EXTERNAL);
    plan.external().addUsage(UsageType.AUDIO_VIDEO_AUTHENTICATION);
  }
}
