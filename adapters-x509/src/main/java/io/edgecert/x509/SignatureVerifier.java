package io.edgecert.x509;

import java.io.IOException;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.spec.PSSParameterSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Checks that one certificate was signed with another's key, over the original tbsCertificate
 * bytes. Results are remembered per pair, since the same intermediates come with many leaves.
 */
final class SignatureVerifier {
  private static final int MAX_REMEMBERED = 20_000;
  private final Map<String, Boolean> remembered = new ConcurrentHashMap<>();

  boolean signedBy(ParsedCertificate child, ParsedCertificate issuer) {
    String pair = child.sha256() + issuer.sha256();
    Boolean known = remembered.get(pair);
    if (known != null) {
      return known;
    }
    boolean valid = verify(child, issuer);
    if (remembered.size() >= MAX_REMEMBERED) {
      remembered.clear();
    }
    remembered.put(pair, valid);
    return valid;
  }

  private static boolean verify(ParsedCertificate child, ParsedCertificate issuer) {
    DerHeader tbs = DerHeader.at(child.der(), 0).firstChild(child.der());
    try {
      Signature signature = signature(child.holder().getSignatureAlgorithm());
      signature.initVerify(issuer.publicKey());
      signature.update(child.der(), tbs.offset(), (int) tbs.totalLength());
      return signature.verify(child.holder().getSignature());
    } catch (GeneralSecurityException | IOException | RuntimeException e) {
      return false;
    }
  }

  private static Signature signature(AlgorithmIdentifier algorithm)
      throws GeneralSecurityException, IOException {
    String oid = algorithm.getAlgorithm().getId();
    Signature signature;
    try {
      signature = Signature.getInstance(oid);
    } catch (NoSuchAlgorithmException e) {
      signature = Signature.getInstance(oid, Providers.bouncyCastle());
    }
    ASN1Encodable parameters = algorithm.getParameters();
    if (PKCSObjectIdentifiers.id_RSASSA_PSS.equals(algorithm.getAlgorithm())) {
      AlgorithmParameters pss = AlgorithmParameters.getInstance("RSASSA-PSS");
      pss.init(parameters.toASN1Primitive().getEncoded());
      signature.setParameter(pss.getParameterSpec(PSSParameterSpec.class));
    }
    return signature;
  }
}
