package io.edgecert.domain.plan.advisories;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.Optional;

/**
 * EXT-DEPLOY-001 (S15, S28): after a new external certificate is assigned on an Edge running the
 * XMPP proxy, restart the Edge services.
 */
public final class XmppRestartAdvisory implements AdvisoryRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_DEPLOY_001;
  }

  @Override
  public Optional<Advisory> advise(Topology topology, LocalDate asOf) {
    if (!topology.federation().hasXmpp()) {
      return Optional.empty();
    }
    return Optional.of(
        Advisory.of(
            id(),
            "After assigning a new external "
                + "certificate, restart the Edge services (Stop-CsWindowsService, then Start-CsWindowsService) "
                + "so that the XMPP proxy uses it"));
  }
}
