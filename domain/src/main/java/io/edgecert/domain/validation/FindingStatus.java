package io.edgecert.domain.validation;

import io.edgecert.domain.Coded;

/** The outcome of one rule on one certificate. */
public enum FindingStatus implements Coded {
  PASS("pass"),
  FAIL("fail"),
  WARN("warn"),
  NOT_APPLICABLE("not-applicable"),
  NOT_YET_EFFECTIVE("not-yet-effective");

  private final String code;

  FindingStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
