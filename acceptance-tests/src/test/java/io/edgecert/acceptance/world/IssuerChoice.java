package io.edgecert.acceptance.world;

import io.edgecert.x509.testing.Issuer;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who issues a scenario's certificate and which of its issuers come with it: the public CA (the
 * test PKI's intermediate, or its EC intermediate for ECDSA signatures, whose root the organisation
 * trusts as public), the organisation's internal CA (a root trusted as private), or nobody.
 */
enum IssuerChoice {
  PUBLIC_CA("a public CA", true),
  PUBLIC_CA_WITHOUT_INTERMEDIATE("a public CA, intermediate not supplied", false),
  INTERNAL_CA("an internal CA", false),
  ITSELF("itself", false);

  private static final Map<String, IssuerChoice> BY_LABEL =
      Arrays.stream(values()).collect(Collectors.toMap(c -> c.label, Function.identity()));

  private final String label;
  private final boolean intermediateSupplied;

  IssuerChoice(String label, boolean intermediateSupplied) {
    this.label = label;
    this.intermediateSupplied = intermediateSupplied;
  }

  static IssuerChoice of(String label) {
    return Labels.lookUp(BY_LABEL, "issuer", label);
  }

  /** Whether the issuing CA's certificate comes with the leaf (in the PEM or the PKCS#12). */
  boolean intermediateSupplied() {
    return intermediateSupplied;
  }

  /** The test PKI's issuer; a public CA signs ECDSA with its EC intermediate. */
  Issuer issuer(boolean ecdsa) {
    switch (this) {
      case INTERNAL_CA:
        return Issuer.UNRELATED;
      case ITSELF:
        return Issuer.SELF;
      default:
        return ecdsa ? Issuer.EC_INTERMEDIATE : Issuer.INTERMEDIATE;
    }
  }
}
