package io.edgecert.domain.plan;

import io.edgecert.domain.Coded;
import io.edgecert.domain.rules.Severity;

/**
 * How loudly a plan-wide advisory speaks: as its rule's catalogue severity says (a should-rule
 * warns, an info-rule informs), so that {@code edgecert rules} and the plan agree.
 */
public enum AdvisoryLevel implements Coded {
  WARNING("warning"),
  INFO("info");

  private final String code;

  AdvisoryLevel(String code) {
    this.code = code;
  }

  /**
   * The level of an advisory for a rule of {@code severity}; a must-rule fails rather than advises,
   * so an advisory for one states its level itself, as its catalogue note says.
   */
  public static AdvisoryLevel of(Severity severity) {
    if (severity == Severity.MUST) {
      throw new IllegalArgumentException("a must-rule has no advisory level of its own");
    }
    return severity == Severity.SHOULD ? WARNING : INFO;
  }

  @Override
  public String code() {
    return code;
  }
}
