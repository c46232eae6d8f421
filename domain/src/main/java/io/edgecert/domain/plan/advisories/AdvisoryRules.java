package io.edgecert.domain.plan.advisories;

import io.edgecert.domain.plan.AdvisoryRule;
import java.util.List;

/** The plan-wide advisories, in the order a plan lists them. */
public final class AdvisoryRules {

  public static final List<AdvisoryRule> ALL =
      List.of(
          new PublicImRetiredAdvisory(),
          new ClientAuthFromPublicCaAdvisory(),
          new PublicImFailoverAdvisory(),
          new WildcardXmppAdvisory(),
          new EllipticKeyAdvisory(),
          new ShortRsaKeyAdvisory(),
          new UndocumentedRsaKeySizeAdvisory(),
          new OcsFederationFailoverAdvisory(),
          new PoolSizeAdvisory(),
          new XmppRestartAdvisory(),
          new AvStagingAdvisory(),
          new ProductLifecycleAdvisory());

  private AdvisoryRules() {}
}
