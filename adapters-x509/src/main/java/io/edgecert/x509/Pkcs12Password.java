package io.edgecert.x509;

import java.util.List;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;

/**
 * One way to try a PKCS#12 password. An absent or empty password has two encodings in the wild: no
 * bytes at all, and the two zero bytes of an empty BMPString (OpenSSL, some Windows exports).
 *
 * @param given whether the user gave this password (false for the empty tries)
 * @param macVerified whether the file's MAC proved this password right
 */
record Pkcs12Password(char[] chars, boolean twoZeroBytes, boolean given, boolean macVerified) {

  /** The given password, or both empty encodings when none (or an empty one) was given. */
  static List<Pkcs12Password> candidates(char[] password) {
    if (password != null && password.length > 0) {
      return List.of(new Pkcs12Password(password, false, true, false));
    }
    return List.of(
        new Pkcs12Password(new char[0], false, false, false),
        new Pkcs12Password(new char[0], true, false, false));
  }

  /** This candidate, proven right by the MAC. */
  Pkcs12Password verified() {
    return new Pkcs12Password(chars, twoZeroBytes, given, true);
  }

  /** The PKCS#12 key-derivation bytes (BMPString with terminator); the caller wipes them. */
  byte[] pkcs12Bytes() {
    return twoZeroBytes ? new byte[2] : PBEParametersGenerator.PKCS12PasswordToBytes(chars);
  }

  /** PBES2 with the lightweight API, the PKCS#12 PBE schemes with the BouncyCastle provider. */
  InputDecryptorProvider decryptor() {
    return algorithm ->
        PKCSObjectIdentifiers.id_PBES2.equals(algorithm.getAlgorithm())
            ? Pbes2Decryptor.decryptor(algorithm, chars)
            : new JcePKCSPBEInputDecryptorProviderBuilder()
                .setProvider(Providers.bouncyCastle())
                .setTryWrongPKCS12Zero(twoZeroBytes)
                .build(chars)
                .get(algorithm);
  }

  @Override
  public String toString() {
    return "Pkcs12Password[given=" + given + "]";
  }
}
