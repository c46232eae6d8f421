package io.edgecert.x509;

import java.util.List;
import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;

/**
 * One way to try a PKCS#12 password. An absent or empty password has two encodings in the wild:
 * no bytes at all, and the two zero bytes of an empty BMPString (OpenSSL, some Windows exports).
 *
 * @param given whether the user gave this password (false for the empty tries)
 */
record Pkcs12Password(char[] chars, boolean twoZeroBytes, boolean given) {

  /** The given password, or both empty encodings when none (or an empty one) was given. */
  static List<Pkcs12Password> candidates(char[] password) {
    if (password != null && password.length > 0) {
      return List.of(new Pkcs12Password(password, false, true));
    }
    return List.of(new Pkcs12Password(new char[0], false, false),
        new Pkcs12Password(new char[0], true, false));
  }

  /** The PKCS#12 key-derivation bytes (BMPString with terminator); the caller wipes them. */
  byte[] pkcs12Bytes() {
    return twoZeroBytes ? new byte[2] : PBEParametersGenerator.PKCS12PasswordToBytes(chars);
  }

  InputDecryptorProvider decryptor() {
    return new JcePKCSPBEInputDecryptorProviderBuilder()
        .setProvider(Providers.bouncyCastle())
        .setTryWrongPKCS12Zero(twoZeroBytes)
        .build(chars);
  }

  @Override
  public String toString() {
    return "Pkcs12Password[given=" + given + "]";
  }
}
