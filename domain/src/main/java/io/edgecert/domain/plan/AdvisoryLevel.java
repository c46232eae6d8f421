package io.edgecert.domain.plan;

import io.edgecert.domain.Coded;

/** How loudly a plan-wide advisory speaks. */
public enum AdvisoryLevel implements Coded {
  WARNING("warning"),
  INFO("info");

  private final String code;

  AdvisoryLevel(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
