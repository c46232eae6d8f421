package io.edgecert.domain.rules;

/** How much a rule weighs: must (error), should (warning) or info (nothing to fail on). */
public enum Severity {
  MUST("must"),
  SHOULD("should"),
  INFO("info");

  private final String code;

  Severity(String code) {
    this.code = code;
  }

  /** The lower-case word used in reports and JSON. */
  public String code() {
    return code;
  }
}
