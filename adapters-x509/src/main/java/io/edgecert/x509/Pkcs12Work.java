package io.edgecert.x509;

import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PBEParameter;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Refuses PKCS#12 files whose key derivation asks for absurd work, before any key is derived: a
 * hostile or damaged file must not keep the process busy for minutes.
 */
final class Pkcs12Work {
  static final int MAX_ITERATIONS = 1_000_000;

  /**
   * The iterations one file may ask for in all, its MAC and every encrypted bag together: each
   * derivation within {@link #MAX_ITERATIONS} is not enough when a file holds 1,000 bags.
   */
  static final int MAX_TOTAL_ITERATIONS = 3_000_000;

  private static final String PKCS12_PBE = PKCSObjectIdentifiers.pkcs_12PbeIds.getId() + ".";
  private static final String PBES1 = PKCSObjectIdentifiers.pkcs_5.getId() + ".";

  private Pkcs12Work() {}

  static void checkMac(String file, MacData mac) {
    if (mac != null) {
      check(file, mac.getIterationCount());
    }
  }

  static void checkEncryption(String file, AlgorithmIdentifier algorithm) {
    check(file, iterations(algorithm));
  }

  /** The iteration count (or scrypt cost) an encryption algorithm asks for; 0 when unknown. */
  static BigInteger iterations(AlgorithmIdentifier algorithm) {
    String oid = algorithm.getAlgorithm().getId();
    ASN1Encodable parameters = algorithm.getParameters();
    if (PKCSObjectIdentifiers.id_PBES2.getId().equals(oid)) {
      return derivation(PBES2Parameters.getInstance(parameters).getKeyDerivationFunc());
    }
    if (oid.startsWith(PKCS12_PBE)) {
      return PKCS12PBEParams.getInstance(parameters).getIterations();
    }
    if (oid.startsWith(PBES1)) {
      return PBEParameter.getInstance(parameters).getIterationCount();
    }
    return BigInteger.ZERO;
  }

  private static BigInteger derivation(KeyDerivationFunc function) {
    ASN1ObjectIdentifier oid = function.getAlgorithm();
    if (PKCSObjectIdentifiers.id_PBKDF2.equals(oid)) {
      return PBKDF2Params.getInstance(function.getParameters()).getIterationCount();
    }
    if (MiscObjectIdentifiers.id_scrypt.equals(oid)) {
      return ScryptParams.getInstance(function.getParameters()).getCostParameter();
    }
    return BigInteger.ZERO;
  }

  /** The work one file has asked for so far; refuses it once the sum passes the total limit. */
  static final class Total {
    private final String file;
    private BigInteger sum = BigInteger.ZERO;

    Total(String file) {
      this.file = file;
    }

    void mac(MacData mac) {
      checkMac(file, mac);
      if (mac != null) {
        add(mac.getIterationCount());
      }
    }

    void encryption(AlgorithmIdentifier algorithm) {
      checkEncryption(file, algorithm);
      add(iterations(algorithm));
    }

    private void add(BigInteger iterations) {
      sum = sum.add(iterations);
      if (sum.compareTo(BigInteger.valueOf(MAX_TOTAL_ITERATIONS)) > 0) {
        throw InputErrors.invalid(
            file,
            "the PKCS#12 file asks for more than "
                + MAX_TOTAL_ITERATIONS
                + " key-derivation iterations in all (its MAC and encrypted bags together);"
                + " edgecert stopped before deriving more (is the file damaged?)");
      }
    }
  }

  private static void check(String file, BigInteger iterations) {
    if (iterations.compareTo(BigInteger.valueOf(MAX_ITERATIONS)) > 0) {
      throw InputErrors.invalid(
          file,
          "the PKCS#12 file asks for "
              + iterations
              + " key-derivation iterations, more than the "
              + MAX_ITERATIONS
              + " edgecert accepts;"
              + " no key was derived (is the file damaged?)");
    }
    if (iterations.signum() < 0) {
      throw InputErrors.invalid(file, "the PKCS#12 file is damaged: negative iteration count");
    }
  }
}
