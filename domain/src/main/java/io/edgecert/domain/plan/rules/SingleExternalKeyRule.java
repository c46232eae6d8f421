package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Product;
import io.edgecert.domain.topology.Topology;

/**
 * EXT-KEY-002 (S13, S09, S16; contested, AMB-04): on a single Lync Server 2013 Edge the external
 * key is exportable too (the A/V Authentication service needs it); Skype for Business only
 * recommends it.
 */
public final class SingleExternalKeyRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_KEY_002;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return !topology.isPool();
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    if (topology.product() == Product.LYNC_2013) {
      plan.externalSide().forEach(c -> c.requireExportableKey());
    } else {
      plan.externalSide()
          .forEach(
              c ->
                  c.note(
                      "An exportable private key is recommended, not "
                          + "required, on a single Skype for Business Edge (AMB-04)"));
    }
  }
}
