package io.edgecert.x509;

import io.edgecert.domain.certificate.SignatureFacts;
import java.util.Map;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;

/** Readable names of signature algorithms, in the RFC 3279/4055/5758 spelling. */
final class SignatureNames {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("1.2.840.113549.1.1.4", "md5WithRSAEncryption"),
      Map.entry("1.2.840.113549.1.1.5", "sha1WithRSAEncryption"),
      Map.entry("1.2.840.113549.1.1.14", "sha224WithRSAEncryption"),
      Map.entry("1.2.840.113549.1.1.11", "sha256WithRSAEncryption"),
      Map.entry("1.2.840.113549.1.1.12", "sha384WithRSAEncryption"),
      Map.entry("1.2.840.113549.1.1.13", "sha512WithRSAEncryption"),
      Map.entry(SignatureFacts.RSASSA_PSS, "RSASSA-PSS"),
      Map.entry("1.2.840.10045.4.1", "ecdsa-with-SHA1"),
      Map.entry("1.2.840.10045.4.3.1", "ecdsa-with-SHA224"),
      Map.entry("1.2.840.10045.4.3.2", "ecdsa-with-SHA256"),
      Map.entry("1.2.840.10045.4.3.3", "ecdsa-with-SHA384"),
      Map.entry("1.2.840.10045.4.3.4", "ecdsa-with-SHA512"),
      Map.entry("1.2.840.10040.4.3", "dsa-with-sha1"),
      Map.entry("2.16.840.1.101.3.4.3.2", "dsa-with-sha256"),
      Map.entry("1.3.101.112", "Ed25519"),
      Map.entry("1.3.101.113", "Ed448"));

  private SignatureNames() {}

  static SignatureFacts facts(AlgorithmIdentifier algorithm) {
    String oid = algorithm.getAlgorithm().getId();
    String name = NAMES.get(oid);
    return new SignatureFacts(oid, name != null ? name
        : new DefaultAlgorithmNameFinder().getAlgorithmName(algorithm.getAlgorithm()));
  }
}
