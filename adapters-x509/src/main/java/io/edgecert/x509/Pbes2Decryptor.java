package io.edgecert.x509;

import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.io.CipherInputStream;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.operator.InputDecryptor;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Decrypts PBES2 (PBKDF2 + AES-CBC or 3DES-CBC) content with BouncyCastle's lightweight API. The
 * JCA route refuses an empty password, which OpenSSL 3 writes for files exported without one.
 */
final class Pbes2Decryptor {
  private static final Map<String, Supplier<Digest>> PRFS =
      Map.of(
          PKCSObjectIdentifiers.id_hmacWithSHA1.getId(), SHA1Digest::new,
          PKCSObjectIdentifiers.id_hmacWithSHA224.getId(), SHA224Digest::new,
          PKCSObjectIdentifiers.id_hmacWithSHA256.getId(), SHA256Digest::new,
          PKCSObjectIdentifiers.id_hmacWithSHA384.getId(), SHA384Digest::new,
          PKCSObjectIdentifiers.id_hmacWithSHA512.getId(), SHA512Digest::new);
  private static final Map<String, Integer> KEY_BITS =
      Map.of(
          NISTObjectIdentifiers.id_aes128_CBC.getId(), 128,
          NISTObjectIdentifiers.id_aes192_CBC.getId(), 192,
          NISTObjectIdentifiers.id_aes256_CBC.getId(), 256,
          PKCSObjectIdentifiers.des_EDE3_CBC.getId(), 192);

  private Pbes2Decryptor() {}

  static InputDecryptor decryptor(AlgorithmIdentifier algorithm, char[] password)
      throws OperatorCreationException {
    PBES2Parameters parameters = PBES2Parameters.getInstance(algorithm.getParameters());
    EncryptionScheme scheme = parameters.getEncryptionScheme();
    Integer keyBits = KEY_BITS.get(scheme.getAlgorithm().getId());
    if (!PKCSObjectIdentifiers.id_PBKDF2.equals(parameters.getKeyDerivationFunc().getAlgorithm())
        || keyBits == null) {
      throw new OperatorCreationException("unsupported PBES2 scheme " + scheme.getAlgorithm());
    }
    PBKDF2Params kdf = PBKDF2Params.getInstance(parameters.getKeyDerivationFunc().getParameters());
    Supplier<Digest> prf = PRFS.get(kdf.getPrf().getAlgorithm().getId());
    if (prf == null) {
      throw new OperatorCreationException("unsupported PBKDF2 PRF " + kdf.getPrf().getAlgorithm());
    }
    PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(prf.get());
    generator.init(
        PBEParametersGenerator.PKCS5PasswordToUTF8Bytes(password),
        kdf.getSalt(),
        kdf.getIterationCount().intValueExact());
    byte[] iv = ASN1OctetString.getInstance(scheme.getParameters()).getOctets();
    BlockCipher engine =
        keyBits == 192 && iv.length == 8 ? new DESedeEngine() : AESEngine.newInstance();
    PaddedBufferedBlockCipher cipher =
        new PaddedBufferedBlockCipher(CBCBlockCipher.newInstance(engine));
    cipher.init(false, new ParametersWithIV(generator.generateDerivedParameters(keyBits), iv));
    return new InputDecryptor() {
      @Override
      public AlgorithmIdentifier getAlgorithmIdentifier() {
        return algorithm;
      }

      @Override
      public InputStream getInputStream(InputStream encrypted) {
        return new CipherInputStream(encrypted, cipher);
      }
    };
  }
}
