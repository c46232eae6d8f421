package io.edgecert.x509;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.generators.PKCS12ParametersGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;

/** Finds the password that opens a PKCS#12 file by checking its MAC (RFC 7292 appendix B). */
final class Pkcs12Mac {

  private Pkcs12Mac() {}

  /** The password candidate whose MAC matches; without a MAC, the first candidate. */
  static Pkcs12Password verify(String file, Pfx pfx, char[] password) {
    List<Pkcs12Password> candidates = Pkcs12Password.candidates(password);
    MacData mac = pfx.getMacData();
    if (mac == null) {
      return candidates.get(0);
    }
    byte[] data =
        InputErrors.decode(
            file,
            "the PKCS#12 file is damaged (no readable content)",
            () -> ASN1OctetString.getInstance(pfx.getAuthSafe().getContent()).getOctets());
    for (Pkcs12Password candidate : candidates) {
      if (matches(mac, data, candidate, digest(file, mac))) {
        return candidate.verified();
      }
    }
    throw wrongPassword(file, candidates.get(0));
  }

  /** A decryption failure: a wrong password unless the MAC proved the password right. */
  static RuntimeException undecryptable(String file, Pkcs12Password tried, String algorithm) {
    if (!tried.macVerified()) {
      return wrongPassword(file, tried);
    }
    return InputErrors.invalid(
        file,
        "the PKCS#12 content cannot be decrypted although the password is right: the file is"
            + " damaged or uses an encryption edgecert does not read ("
            + algorithm
            + ")");
  }

  static RuntimeException wrongPassword(String file, Pkcs12Password tried) {
    return InputErrors.invalid(
        file,
        tried.given()
            ? "wrong password for the PKCS#12 file (or the file is damaged)"
            : "the PKCS#12 file is protected by a password and none was given; on the command"
                + " line give --password-file FILE or --password-env VAR (or run it on a"
                + " terminal, which asks), over HTTP the password field");
  }

  private static boolean matches(
      MacData mac, byte[] data, Pkcs12Password candidate, Digest digest) {
    byte[] password = candidate.pkcs12Bytes();
    try {
      PKCS12ParametersGenerator generator = new PKCS12ParametersGenerator(digest);
      generator.init(password, mac.getSalt(), mac.getIterationCount().intValueExact());
      HMac hmac = new HMac(digest);
      hmac.init(generator.generateDerivedMacParameters(digest.getDigestSize() * 8));
      hmac.update(data, 0, data.length);
      byte[] result = new byte[hmac.getMacSize()];
      hmac.doFinal(result, 0);
      return MessageDigest.isEqual(result, mac.getMac().getDigest());
    } finally {
      Arrays.fill(password, (byte) 0);
    }
  }

  private static Digest digest(String file, MacData mac) {
    try {
      return BcDefaultDigestProvider.INSTANCE.get(mac.getMac().getAlgorithmId());
    } catch (OperatorCreationException e) {
      throw InputErrors.invalid(
          file,
          "the PKCS#12 file uses a MAC algorithm edgecert cannot"
              + " check ("
              + mac.getMac().getAlgorithmId().getAlgorithm().getId()
              + ")");
    }
  }
}
