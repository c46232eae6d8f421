package io.edgecert.domain.validation;

import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.topology.Fqdn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one comparison of Edge pool members' copies of a certificate (EXT-POOL-001, INT-POOL-001): in
 * what two copies may differ, and when two copies count as the pool's one certificate and key.
 * {@link PoolIdentity} compares the files given to {@code validate} with it, the probe rules
 * ({@code PoolMembersIdentical}) what each address of a pool name presents.
 *
 * <p>The two reports word an aspect differently ("serial number" in the pool section of a report,
 * "serial 02 instead of 01" in a probe finding), so each aspect carries both names; the values
 * compared are the same.
 */
public final class PoolComparison {

  /** An aspect in which copies of one certificate can differ, in the order reports list them. */
  public enum Aspect {
    /** The SHA-1 thumbprint: the certificate itself. */
    THUMBPRINT("thumbprint", null, CertificateFacts::sha1Thumbprint),
    /** The SAN dNSNames, as a set of normalised names. */
    SANS(null, "SANs", f -> Fqdn.join(Fqdn.normalizedSet(f.dnsNames()))),
    /** The key itself: its SubjectPublicKeyInfo's SHA-256, or its description when unknown. */
    PUBLIC_KEY("public key", null, f -> keyFingerprintOrDescription(f)),
    /** The key's algorithm and size, as a reader compares two keys, e.g. {@code RSA 2048}. */
    KEY_SIZE(null, "key", f -> f.publicKey().algorithm() + " " + f.publicKey().bits()),
    /** The issuer's distinguished name. */
    ISSUER("issuer", "issuer", CertificateFacts::issuerDn),
    /** The serial number. */
    SERIAL_NUMBER("serial number", "serial", CertificateFacts::serialNumber),
    /** The end of the validity period. */
    NOT_AFTER("not-after date", "not-after", f -> f.notAfter());

    private final String reportName;
    private final String probeName;
    private final Function<CertificateFacts, Object> value;

    Aspect(String reportName, String probeName, Function<CertificateFacts, Object> value) {
      this.reportName = reportName;
      this.probeName = probeName;
      this.value = value;
    }

    /** This aspect's value in {@code facts}; null when the certificate does not say. */
    public Object of(CertificateFacts facts) {
      return value.apply(facts);
    }

    private boolean differs(CertificateFacts left, CertificateFacts right) {
      return !Objects.equals(of(left), of(right));
    }
  }

  private PoolComparison() {}

  /**
   * The aspects in which the copies do not all agree, named as the pool section of a validation
   * report names them: thumbprint, public key, issuer, serial number, not-after date.
   */
  public static List<String> differingAspects(List<CertificateFacts> copies) {
    List<String> differing = new ArrayList<>();
    for (Aspect aspect : Aspect.values()) {
      if (aspect.reportName != null
          && copies.stream().anyMatch(copy -> aspect.differs(copies.get(0), copy))) {
        differing.add(aspect.reportName);
      }
    }
    return differing;
  }

  /**
   * How {@code actual} differs from {@code expected}, as a probe finding says it: SANs, key,
   * issuer, serial and not-after, each only when it differs, e.g. {@code serial 02 instead of 01};
   * {@code another thumbprint} when none does.
   */
  public static String differences(CertificateFacts actual, CertificateFacts expected) {
    List<String> parts = new ArrayList<>();
    for (Aspect aspect : Aspect.values()) {
      if (aspect.probeName != null && aspect.differs(actual, expected)) {
        parts.add(
            aspect.probeName + " " + aspect.of(actual) + " instead of " + aspect.of(expected));
      }
    }
    return parts.isEmpty() ? "another thumbprint" : String.join("; ", parts);
  }

  /** Whether two copies are one certificate: the same thumbprint. */
  public static boolean sameCertificate(CertificateFacts left, CertificateFacts right) {
    return !Aspect.THUMBPRINT.differs(left, right);
  }

  /**
   * Whether two copies hold the same key from the same issuer (a re-issued certificate that members
   * can share): the key's SHA-256 known and equal, and the same issuer.
   */
  public static boolean sameKeyAndIssuer(CertificateFacts left, CertificateFacts right) {
    return left.publicKey().sha256() != null
        && Objects.equals(left.publicKey().sha256(), right.publicKey().sha256())
        && !Aspect.ISSUER.differs(left, right);
  }

  /** The key as a reader sees it: {@code RSA 2048 bits}, {@code EC 256 bits secp256r1}. */
  public static String keyDescription(CertificateFacts leaf) {
    return leaf.publicKey().algorithm()
        + (leaf.publicKey().bits() > 0 ? " " + leaf.publicKey().bits() + " bits" : "")
        + (leaf.publicKey().curveName() != null ? " " + leaf.publicKey().curveName() : "");
  }

  private static Object keyFingerprintOrDescription(CertificateFacts leaf) {
    String sha256 = leaf.publicKey().sha256();
    return sha256 != null ? sha256 : keyDescription(leaf);
  }
}
