package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;

/**
 * GEN-SERIAL-001 (RFC 5280 4.1.2.2): the serial number is a positive integer. A should: the RFC
 * binds the CA ("MUST be a positive integer") and asks certificate users to handle a negative or
 * zero serial gracefully, which Windows does; the finding points at a non-conforming CA.
 */
final class PositiveSerialNumber implements CertificateRule {

  private static final String EXPECTED = "a positive integer";

  @Override
  public RuleId id() {
    return RuleId.GEN_SERIAL_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Precondition.when(
            c ->
                !c.isRequest()
                    && c.leaf().serialNumber() != null
                    && !c.leaf().serialNumber().isEmpty(),
            "a certificate request has no serial number"));
  }

  @Override
  public Finding check(ValidationContext context) {
    String hex = context.leaf().serialNumber();
    // the facts carry the DER INTEGER's two's-complement octets
    BigInteger serial = new BigInteger(HexFormat.of().parseHex(hex));
    String actual = serial.toString() + " (0x" + hex + ")";
    if (serial.signum() > 0) {
      return Finding.pass(id(), "the serial number is positive", EXPECTED, actual);
    }
    return Finding.broken(
        id(),
        "the serial number is "
            + (serial.signum() == 0 ? "zero" : "negative")
            + "; RFC 5280 has a CA issue positive serial numbers only, so the issuing CA does"
            + " not conform",
        EXPECTED,
        actual);
  }
}
