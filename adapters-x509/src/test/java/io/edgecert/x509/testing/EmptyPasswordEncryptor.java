package io.edgecert.x509.testing;

import java.io.OutputStream;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.io.CipherOutputStream;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.operator.GenericKey;
import org.bouncycastle.operator.OutputEncryptor;

/**
 * PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) keyed by the empty password, as OpenSSL 3 writes a
 * PKCS#12 file exported without one; BouncyCastle's JCA builders refuse an empty password.
 */
final class EmptyPasswordEncryptor {
  private static final byte[] SALT = {9, 8, 7, 6, 5, 4, 3, 2};
  private static final byte[] IV = new byte[16];

  private EmptyPasswordEncryptor() {}

  static OutputEncryptor pbes2(int iterations) {
    AlgorithmIdentifier prf =
        new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE);
    AlgorithmIdentifier algorithm =
        new AlgorithmIdentifier(
            PKCSObjectIdentifiers.id_PBES2,
            new PBES2Parameters(
                new KeyDerivationFunc(
                    PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(SALT, iterations, prf)),
                new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(IV))));
    PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
    generator.init(new byte[0], SALT, iterations);
    KeyParameter key = (KeyParameter) generator.generateDerivedParameters(256);
    return new OutputEncryptor() {
      @Override
      public AlgorithmIdentifier getAlgorithmIdentifier() {
        return algorithm;
      }

      @Override
      public OutputStream getOutputStream(OutputStream out) {
        PaddedBufferedBlockCipher cipher =
            new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(AESEngine.newInstance()));
        cipher.init(true, new ParametersWithIV(key, IV));
        return new CipherOutputStream(out, cipher);
      }

      @Override
      public GenericKey getKey() {
        return new GenericKey(algorithm, key.getKey());
      }
    };
  }
}
