package io.edgecert.domain.plan.advisories;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryLevel;
import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.XmppSanStyle;
import java.time.LocalDate;
import java.util.Optional;

/**
 * WILD-002 (S09, S11; AMB-03): the host-and-wildcard XMPP style puts a wildcard SAN on the external
 * certificate, which the documentation otherwise forbids on Edge.
 */
public final class WildcardXmppAdvisory implements AdvisoryRule {

  @Override
  public RuleId id() {
    return RuleId.WILD_002;
  }

  @Override
  public Optional<Advisory> advise(Topology topology, LocalDate asOf) {
    if (!topology.federation().hasXmpp()
        || topology.federation().xmpp().sanStyle() != XmppSanStyle.HOST_AND_WILDCARD) {
      return Optional.empty();
    }
    // WILD-002 is a must-rule; its catalogue note makes this case a warning (ADR 0008).
    return Optional.of(
        new Advisory(
            id(),
            AdvisoryLevel.WARNING,
            "XMPP sanStyle host-and-wildcard "
                + "puts *.<domain> SANs on the external certificate; Lync supports wildcards only for "
                + "reverse-proxy URLs and some devices fail with them (WILD-005, WILD-006); the domain style "
                + "(bare XMPP domains, S01/S07) avoids the wildcard"));
  }
}
