package io.edgecert.domain.validation.rules;

import io.edgecert.domain.certificate.PublicKeyFacts;
import io.edgecert.domain.validation.Precondition;
import java.util.Map;
import java.util.Optional;

/** The key algorithms Request-CsCertificate -KeyAlg accepts (GEN-KEY-003, AMB-13). */
final class KeyAlgorithms {

  /** The curves of ECDH_P256, ECDH_P384 and ECDH_P521, by OID, with their -KeyAlg value. */
  private static final Map<String, String> CURVES =
      Map.of(
          PublicKeyFacts.SECP256R1, "P-256 (ECDH_P256)",
          PublicKeyFacts.SECP384R1, "P-384 (ECDH_P384)",
          PublicKeyFacts.SECP521R1, "P-521 (ECDH_P521)");

  static final Precondition RSA_KEY =
      Precondition.when(
          c -> c.leaf().publicKey().isRsa(),
          "the key is not RSA; GEN-KEY-003 judges other key algorithms");

  private KeyAlgorithms() {}

  /** The accepted curve of an EC key, e.g. {@code P-256 (ECDH_P256)}; empty for any other key. */
  static Optional<String> acceptedCurve(PublicKeyFacts key) {
    if (!key.isElliptic() || key.curveOid() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(CURVES.get(key.curveOid()));
  }

  /** The key for a message: {@code RSA 2048 bits}, {@code EC secp256r1 (1.2.840.10045.3.1.7)}. */
  static String describe(PublicKeyFacts key) {
    if (key.isElliptic()) {
      String curve = key.curveName() != null ? key.curveName() : "unnamed curve";
      return "EC " + curve + (key.curveOid() != null ? " (" + key.curveOid() + ")" : "");
    }
    return key.algorithm() + " " + key.bits() + " bits";
  }
}
