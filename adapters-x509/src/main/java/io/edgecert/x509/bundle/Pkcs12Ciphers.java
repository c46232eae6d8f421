package io.edgecert.x509.bundle;

import io.edgecert.application.port.out.Pkcs12Protection;
import io.edgecert.x509.request.Pbes2;
import java.security.SecureRandom;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.bc.BcPKCS12PBEOutputEncryptorBuilder;

/**
 * The encryption and MAC of each PKCS#12 protection: PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) with
 * an HMAC-SHA256 MAC, or PBE-SHA1-3DES with a SHA-1 MAC at the 2048 iterations Windows itself
 * writes.
 */
final class Pkcs12Ciphers {
  /** szOID_PKCS_12_KEY_PROVIDER_NAME_ATTR: the CryptoAPI provider Windows imports the key into. */
  static final ASN1ObjectIdentifier MICROSOFT_CSP_NAME =
      new ASN1ObjectIdentifier("1.3.6.1.4.1.311.17.1");

  static final String RSA_CSP = "Microsoft Enhanced RSA and AES Cryptographic Provider";
  static final int LEGACY_ITERATIONS = 2048;
  private final Pbes2 pbes2;
  private final int iterations;

  Pkcs12Ciphers(SecureRandom random, int iterations) {
    this.pbes2 = new Pbes2(random, iterations);
    this.iterations = iterations;
  }

  OutputEncryptor encryptor(Pkcs12Protection protection, char[] password) {
    if (protection == Pkcs12Protection.TRIPLE_DES_SHA_1) {
      return new BcPKCS12PBEOutputEncryptorBuilder(
              PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC,
              CBCBlockCipher.newInstance(new DESedeEngine()))
          .setIterationCount(LEGACY_ITERATIONS)
          .build(password);
    }
    return pbes2.encryptor(password);
  }

  PKCS12MacCalculatorBuilder mac(Pkcs12Protection protection) {
    if (protection == Pkcs12Protection.TRIPLE_DES_SHA_1) {
      return new BcPKCS12MacCalculatorBuilder().setIterationCount(LEGACY_ITERATIONS);
    }
    return new BcPKCS12MacCalculatorBuilder(
            new SHA256Digest(),
            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256, DERNull.INSTANCE))
        .setIterationCount(iterations);
  }
}
