package io.edgecert.domain.validation;

import io.edgecert.domain.Coded;

/** Pass unless a must-rule failed. */
public enum Verdict implements Coded {
  PASS("pass"),
  FAIL("fail");

  private final String code;

  Verdict(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
