package io.edgecert.domain.plan;

import io.edgecert.domain.rules.RuleId;
import java.util.List;
import java.util.Objects;

/** One subject alternative name (a dNSName) of a planned certificate, with why it is there. */
public record PlannedSan(String dnsName, List<String> reasons, List<RuleId> rules) {

  public PlannedSan {
    Objects.requireNonNull(dnsName, "dnsName");
    reasons = List.copyOf(reasons);
    rules = List.copyOf(rules);
  }
}
