package io.edgecert.domain.plan.advisories;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Product;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.Optional;

/**
 * GEN-LIFE-001: the end of extended support of the planned product, from Microsoft's lifecycle
 * pages (fixed policy): Lync Server 2013 on 2023-04-11; Skype for Business Server 2015 and 2019 on
 * 2025-10-14; with what replaces it. A should-rule: a warning, before that day and after.
 */
public final class ProductLifecycleAdvisory implements AdvisoryRule {
  static final LocalDate LYNC_2013_END = LocalDate.of(2023, 4, 11);
  static final LocalDate SKYPE_FOR_BUSINESS_END = LocalDate.of(2025, 10, 14);

  @Override
  public RuleId id() {
    return RuleId.GEN_LIFE_001;
  }

  @Override
  public Optional<Advisory> advise(Topology topology, LocalDate asOf) {
    Product product = topology.product();
    LocalDate end = product == Product.LYNC_2013 ? LYNC_2013_END : SKYPE_FOR_BUSINESS_END;
    String successor =
        "the supported on-premises successor is Skype for Business Server Subscription Edition ("
            + (product == Product.LYNC_2013
                ? "by migration to a new pool: there is no in-place upgrade from Lync Server 2013"
                : "an in-place upgrade from " + product.displayName())
            + "), or Microsoft Teams";
    if (asOf.isBefore(end)) {
      return Optional.of(
          Advisory.of(
              id(),
              product.displayName()
                  + " leaves Microsoft's extended support on "
                  + end
                  + "; "
                  + successor));
    }
    return Optional.of(
        Advisory.of(
            id(),
            product.displayName()
                + " left Microsoft's extended support on "
                + end
                + " and gets no security update since; "
                + successor));
  }
}
