package io.edgecert.acceptance.world;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A certificate as a feature table describes it, field by field ("subject", "SANs", "EKU", ...): a
 * scenario's table overrides the fields of the Background's baseline for the same role.
 */
public final class CertificateDescription {
  public static final String SUBJECT = "subject";
  public static final String SANS = "SANs";
  public static final String EKU = "EKU";
  public static final String KEY = "key";
  public static final String SIGNATURE = "signature";
  public static final String ISSUER = "issuer";
  public static final String CRL = "CRL distribution point";
  public static final String VALID_FROM = "valid from";
  public static final String VALID_UNTIL = "valid until";
  public static final String BASIC_CONSTRAINTS = "basic constraints";
  public static final String FILE = "file";
  public static final String KEY_PROVIDER = "key provider";

  /** Optional: keyUsage bit names, comma-separated; a Background need not list it. */
  public static final String KEY_USAGE = "key usage";

  /** Optional: a decimal serial number; by default the test PKI counts up from 4096. */
  public static final String SERIAL = "serial number";

  /** Optional: the OID of an extra extension marked critical. */
  public static final String CRITICAL_EXTENSION = "critical extension";

  /** Optional: {@code exponent 1} or {@code even modulus}, a flawed RSA 2048 public key. */
  public static final String RSA_PUBLIC_KEY = "RSA public key";

  /**
   * Optional: a letter naming the key pair, {@code A} by default: certificates of the same letter
   * and key type certify the same key, of another letter another key.
   */
  public static final String KEY_PAIR = "key pair";

  /** The fields a Background need not list. */
  public static final List<String> OPTIONAL =
      List.of(KEY_USAGE, SERIAL, CRITICAL_EXTENSION, RSA_PUBLIC_KEY, KEY_PAIR);

  private static final String DEFAULT_KEY_USAGE = "digitalSignature, keyEncipherment";

  /** Every field, in the order a baseline table lists them. */
  public static final List<String> FIELDS =
      List.of(
          SUBJECT,
          SANS,
          EKU,
          KEY,
          SIGNATURE,
          ISSUER,
          CRL,
          VALID_FROM,
          VALID_UNTIL,
          BASIC_CONSTRAINTS,
          FILE,
          KEY_PROVIDER);

  private final Map<String, String> values;

  private CertificateDescription(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** A complete description: every field must be given, no other. */
  public static CertificateDescription complete(Map<String, String> values) {
    known(values);
    List<String> missing = FIELDS.stream().filter(field -> !values.containsKey(field)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("the baseline certificate lacks the fields " + missing);
    }
    Map<String, String> withDefaults = new LinkedHashMap<>(values);
    withDefaults.putIfAbsent(KEY_USAGE, DEFAULT_KEY_USAGE);
    return new CertificateDescription(withDefaults);
  }

  /** This description with the fields of {@code overrides} replaced. */
  public CertificateDescription with(Map<String, String> overrides) {
    known(overrides);
    Map<String, String> merged = new LinkedHashMap<>(values);
    merged.putAll(overrides);
    return new CertificateDescription(merged);
  }

  public String get(String field) {
    return values.get(field);
  }

  private static void known(Map<String, String> values) {
    for (String field : values.keySet()) {
      if (!FIELDS.contains(field) && !OPTIONAL.contains(field)) {
        throw new IllegalArgumentException(
            "unknown certificate field '"
                + field
                + "'; known: "
                + String.join(" | ", FIELDS)
                + " | "
                + String.join(" | ", OPTIONAL));
      }
    }
  }
}
