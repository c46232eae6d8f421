package io.edgecert.domain.validation.rules;

import io.edgecert.domain.certificate.PublicKeyFacts;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * GEN-KEY-007 (RFC 8017 3.1, RFC 3279 2.3.1): an RSA public key has an odd public exponent of at
 * least 3 and an odd modulus; exponent 1 signs and encrypts nothing, an even modulus is no product
 * of two odd primes.
 */
final class UsableRsaPublicKey implements CertificateRule {

  private static final BigInteger THREE = BigInteger.valueOf(3);
  private static final String EXPECTED = "odd exponent >= 3, odd modulus";

  @Override
  public RuleId id() {
    return RuleId.GEN_KEY_007;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        KeyAlgorithms.RSA_KEY,
        Precondition.when(
            c -> c.leaf().publicKey().rsaExponent() != null,
            "the RSA key's exponent was not read"));
  }

  @Override
  public Finding check(ValidationContext context) {
    PublicKeyFacts key = context.leaf().publicKey();
    BigInteger exponent = key.rsaExponent();
    String actual =
        "exponent " + exponent + ", " + (key.rsaModulusEven() ? "even" : "odd") + " modulus";
    List<String> flaws = new ArrayList<>();
    if (exponent.compareTo(THREE) < 0 || !exponent.testBit(0)) {
      flaws.add("the public exponent " + exponent + " is not an odd number of at least 3");
    }
    if (key.rsaModulusEven()) {
      flaws.add("the modulus is even, so it is no product of two odd primes");
    }
    if (flaws.isEmpty()) {
      return Finding.pass(id(), "the RSA public key is well-formed", EXPECTED, actual);
    }
    return Finding.broken(
        id(),
        String.join("; ", flaws) + ": the RSA key cannot protect a TLS handshake",
        EXPECTED,
        actual);
  }
}
