package io.edgecert.x509.testing;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a test certificate should look like. Defaults: RSA 2048 key in slot 0, issued by the
 * intermediate, EKU serverAuth, key usage digitalSignature + keyEncipherment, valid from 30 days
 * before to 365 days after {@link TestPki#NOW}, no SAN, CRL DP or AIA.
 */
public final class LeafSpec {
  String commonName;
  String organization;
  String country;
  final List<String> dnsNames = new ArrayList<>();
  final List<String> ipAddresses = new ArrayList<>();
  final List<String> uris = new ArrayList<>();
  final List<String> emails = new ArrayList<>();
  final List<String> otherNameOids = new ArrayList<>();
  List<String> ekus = new ArrayList<>(List.of(TestPki.SERVER_AUTH));
  List<String> keyUsages = new ArrayList<>(List.of("digitalSignature", "keyEncipherment"));
  boolean ca;
  KeyType keyType = KeyType.RSA_2048;
  int keySlot;
  SignatureType signature;
  Issuer issuer = Issuer.INTERMEDIATE;
  Instant notBefore = TestPki.NOW.minus(Duration.ofDays(30));
  Instant notAfter = TestPki.NOW.plus(Duration.ofDays(365));
  final List<String> crlUris = new ArrayList<>();
  final List<String> caIssuerUris = new ArrayList<>();
  final List<String> ocspUris = new ArrayList<>();
  final List<String> criticalExtensionOids = new ArrayList<>();
  BigInteger serial;
  BigInteger rsaModulus;
  BigInteger rsaExponent;

  private LeafSpec(String commonName) {
    this.commonName = commonName;
  }

  /** A leaf with subject {@code CN=commonName}; null for a subject without CN. */
  public static LeafSpec cn(String commonName) {
    return new LeafSpec(commonName);
  }

  /** Adds O and C to the subject: {@code CN=..,O=organization,C=country}. */
  public LeafSpec organization(String organizationName, String countryCode) {
    this.organization = organizationName;
    this.country = countryCode;
    return this;
  }

  public LeafSpec dns(String... names) {
    dnsNames.addAll(Arrays.asList(names));
    return this;
  }

  public LeafSpec ip(String... addresses) {
    ipAddresses.addAll(Arrays.asList(addresses));
    return this;
  }

  public LeafSpec uri(String... values) {
    uris.addAll(Arrays.asList(values));
    return this;
  }

  public LeafSpec email(String... values) {
    emails.addAll(Arrays.asList(values));
    return this;
  }

  /** Adds otherName SAN entries of these types (e.g. UPN 1.3.6.1.4.1.311.20.2.3). */
  public LeafSpec otherName(String... oids) {
    otherNameOids.addAll(Arrays.asList(oids));
    return this;
  }

  /** Sets the EKU OIDs; none at all leaves the extension out. */
  public LeafSpec eku(String... oids) {
    ekus = new ArrayList<>(Arrays.asList(oids));
    return this;
  }

  /** Sets the key usage bits by RFC 5280 name; none at all leaves the extension out. */
  public LeafSpec keyUsage(String... names) {
    keyUsages = new ArrayList<>(Arrays.asList(names));
    return this;
  }

  /** Marks the certificate basicConstraints CA=true. */
  public LeafSpec ca() {
    this.ca = true;
    return this;
  }

  public LeafSpec key(KeyType type) {
    this.keyType = type;
    return this;
  }

  /** Uses another cached key of the same type (slot 0 is the default leaf key). */
  public LeafSpec keySlot(int slot) {
    this.keySlot = slot;
    return this;
  }

  /** The issuer's signature algorithm; by default the issuer key type's default. */
  public LeafSpec signature(SignatureType type) {
    this.signature = type;
    return this;
  }

  public LeafSpec issuedBy(Issuer by) {
    this.issuer = by;
    return this;
  }

  public LeafSpec validity(Instant from, Instant until) {
    this.notBefore = from;
    this.notAfter = until;
    return this;
  }

  public LeafSpec crl(String... values) {
    crlUris.addAll(Arrays.asList(values));
    return this;
  }

  /** Adds AIA caIssuers URIs. */
  public LeafSpec caIssuers(String... values) {
    caIssuerUris.addAll(Arrays.asList(values));
    return this;
  }

  /** A fixed serial number (zero or negative for GEN-SERIAL-001); by default the PKI counts up. */
  public LeafSpec serial(BigInteger value) {
    this.serial = value;
    return this;
  }

  /** Adds an extension of this OID, marked critical, holding a DER NULL. */
  public LeafSpec criticalExtension(String oid) {
    criticalExtensionOids.add(oid);
    return this;
  }

  /**
   * Certifies this RSA public key instead of the key pair's (exponent 1 or an even modulus for
   * GEN-KEY-007); the key pair still signs requests and goes into PKCS#12 files, so it no longer
   * matches the certificate.
   */
  public LeafSpec rsaPublicKey(BigInteger modulus, BigInteger exponent) {
    this.rsaModulus = modulus;
    this.rsaExponent = exponent;
    return this;
  }

  /** Adds AIA OCSP URIs. */
  public LeafSpec ocsp(String... values) {
    ocspUris.addAll(Arrays.asList(values));
    return this;
  }
}
