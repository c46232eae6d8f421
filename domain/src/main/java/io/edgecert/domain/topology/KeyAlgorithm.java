package io.edgecert.domain.topology;

import io.edgecert.domain.Coded;

/** Key algorithms that Request-CsCertificate -KeyAlg accepts (GEN-KEY-003, AMB-13). */
public enum KeyAlgorithm implements Coded {
  RSA("rsa", "RSA", 0),
  ECDH_P256("ecdh-p256", "ECDH_P256", 256),
  ECDH_P384("ecdh-p384", "ECDH_P384", 384),
  ECDH_P521("ecdh-p521", "ECDH_P521", 521);

  private final String code;
  private final String powerShellName;
  private final int curveBits;

  KeyAlgorithm(String code, String powerShellName, int curveBits) {
    this.code = code;
    this.powerShellName = powerShellName;
    this.curveBits = curveBits;
  }

  @Override
  public String code() {
    return code;
  }

  /** The value of Request-CsCertificate -KeyAlg. */
  public String powerShellName() {
    return powerShellName;
  }

  /** The size of the curve for EC keys; 0 for RSA. */
  public int curveBits() {
    return curveBits;
  }

  public boolean isElliptic() {
    return this != RSA;
  }
}
