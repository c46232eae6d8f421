package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;

/**
 * FQDN-006: no name in the certificate ends with a dot, which RFC 5280's preferred name syntax
 * (4.2.1.6) leaves out; every comparison still ignores the dot (FQDN-005), so this only warns.
 */
final class NoTrailingDot extends CertificateNameCheck {

  @Override
  public RuleId id() {
    return RuleId.FQDN_006;
  }

  @Override
  String expected() {
    return "names without a trailing dot";
  }

  @Override
  String passMessage() {
    return "no name ends with a dot";
  }

  @Override
  String problem() {
    return "end with a dot, which RFC 5280 leaves out of certificate names; edgecert compares"
        + " them without it, some TLS clients may not";
  }

  @Override
  boolean wellFormed(String name) {
    return !name.strip().endsWith(".");
  }
}
