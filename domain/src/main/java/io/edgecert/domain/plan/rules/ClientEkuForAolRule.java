package io.edgecert.domain.plan.rules;

import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.PlanDraft;
import io.edgecert.domain.plan.PlanningRule;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.rules.AlsoServes;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.PublicImProvider;
import io.edgecert.domain.topology.Topology;

/**
 * EXT-EKU-002 and PIC-002 (S01, S08, S19): with AOL public IM the certificate carrying the Access
 * Edge usage also needs the Client Authentication EKU, on every pool member; EXT-EKU-003 (S16) says
 * it must be requested from PowerShell with a template that permits it.
 */
@AlsoServes(RuleId.PIC_002)
public final class ClientEkuForAolRule implements PlanningRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_EKU_002;
  }

  @Override
  public boolean appliesTo(Topology topology) {
    return topology.federation().has(PublicImProvider.AOL);
  }

  @Override
  public void apply(Topology topology, PlanDraft plan) {
    plan.externalSide().stream()
        .filter(c -> c.carries(UsageType.ACCESS_EDGE_EXTERNAL))
        .forEach(
            c -> {
              c.addEku(ExtendedKeyUsage.CLIENT_AUTH);
              c.note(
                  "Client Authentication EKU for AOL public IM: request it with Request-CsCertificate "
                      + "-ClientEku $true and a CA template that permits client EKU; the wizard's WebServer "
                      + "template cannot add it (EXT-EKU-003)");
            });
  }
}
