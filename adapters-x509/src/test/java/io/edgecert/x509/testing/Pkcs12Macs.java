package io.edgecert.x509.testing;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DigestInfo;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.generators.PKCS12ParametersGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.pkcs.PKCS12PfxPdu;

/** Writes a PKCS#12 MAC by hand, for password encodings BouncyCastle's builder does not make. */
final class Pkcs12Macs {

  private Pkcs12Macs() {}

  /** Adds an HMAC-SHA1 MAC keyed from the password bytes {@code 00 00} (OpenSSL's empty). */
  static byte[] withTwoZeroBytePassword(PKCS12PfxPdu unsigned, int iterations) throws Exception {
    Pfx pfx = unsigned.toASN1Structure();
    byte[] data = ASN1OctetString.getInstance(pfx.getAuthSafe().getContent()).getOctets();
    byte[] salt = {1, 2, 3, 4, 5, 6, 7, 8};
    PKCS12ParametersGenerator generator = new PKCS12ParametersGenerator(new SHA1Digest());
    generator.init(new byte[2], salt, iterations);
    HMac hmac = new HMac(new SHA1Digest());
    hmac.init(generator.generateDerivedMacParameters(160));
    hmac.update(data, 0, data.length);
    byte[] mac = new byte[hmac.getMacSize()];
    hmac.doFinal(mac, 0);
    DigestInfo digest = new DigestInfo(
        new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1, DERNull.INSTANCE), mac);
    return new Pfx(pfx.getAuthSafe(), new MacData(digest, salt, iterations)).getEncoded();
  }
}
