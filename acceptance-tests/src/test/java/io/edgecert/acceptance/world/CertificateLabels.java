package io.edgecert.acceptance.world;

import io.edgecert.x509.testing.KeyType;
import io.edgecert.x509.testing.Pkcs12Spec;
import io.edgecert.x509.testing.SignatureType;
import io.edgecert.x509.testing.TestPki;
import java.util.List;
import java.util.Map;

/** The words of the certificate tables and what the test PKI makes of them. */
final class CertificateLabels {
  static final String NONE = "none";
  static final String MD5_WITH_RSA = "MD5 with RSA";

  static final Map<String, List<String>> EKUS =
      Map.of(
          "Server",
          List.of(TestPki.SERVER_AUTH),
          "Client",
          List.of(TestPki.CLIENT_AUTH),
          "Server + Client",
          List.of(TestPki.SERVER_AUTH, TestPki.CLIENT_AUTH),
          NONE,
          List.of());

  static final Map<String, KeyType> KEYS =
      Map.of(
          "RSA 1024", KeyType.RSA_1024,
          "RSA 2048", KeyType.RSA_2048,
          "RSA 3072", KeyType.RSA_3072,
          "RSA 4096", KeyType.RSA_4096,
          "EC P-256", KeyType.EC_P256,
          "EC P-384", KeyType.EC_P384,
          "EC P-521", KeyType.EC_P521);

  /** The signatures the test PKI makes; MD5 is made apart ({@link Md5Signature}). */
  static final Map<String, SignatureType> SIGNATURES =
      Map.of(
          "SHA-1 with RSA", SignatureType.SHA1_RSA,
          "SHA-256 with RSA", SignatureType.SHA256_RSA,
          "SHA-384 with RSA", SignatureType.SHA384_RSA,
          "SHA-512 with RSA", SignatureType.SHA512_RSA,
          "RSASSA-PSS", SignatureType.RSASSA_PSS,
          "ECDSA with SHA-256", SignatureType.ECDSA_SHA256,
          "ECDSA with SHA-384", SignatureType.ECDSA_SHA384);

  static final Map<String, String> KEY_PROVIDERS =
      Map.of(NONE, "", "CryptoAPI", Pkcs12Spec.CSP, "CNG", Pkcs12Spec.CNG);

  static final Map<String, Boolean> BASIC_CONSTRAINTS = Map.of("end entity", false, "CA", true);

  private CertificateLabels() {}

  /** Names from a cell: comma-separated, or {@code none}. */
  static List<String> names(String cell) {
    if (cell == null || cell.isBlank() || cell.strip().equals(NONE)) {
      return List.of();
    }
    return List.of(cell.strip().split("\\s*,\\s*"));
  }
}
