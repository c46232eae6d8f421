package io.edgecert.domain.validation.testing;

import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.certificate.PublicKeyFacts;
import io.edgecert.domain.certificate.SignatureFacts;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/** Certificate facts as the x509 adapter would fill them, for a well-formed contoso certificate. */
public final class FactsBuilder {
  public static final Instant NOT_BEFORE = Instant.parse("2025-01-01T00:00:00Z");
  public static final Instant NOT_AFTER = Instant.parse("2026-01-01T00:00:00Z");
  public static final String SHA256_WITH_RSA = "1.2.840.113549.1.1.11";

  private String commonName;
  private List<String> dnsNames;
  private String issuerDn = "CN=Example Public TLS CA, O=Example Trust";
  private boolean ekuPresent = true;
  private List<String> ekuOids = List.of(ExtendedKeyUsage.SERVER_AUTH.oid());
  private boolean certificateAuthority;
  private List<String> keyUsages = List.of("digitalSignature", "keyEncipherment");
  private static final BigInteger F4 = BigInteger.valueOf(65537);
  private PublicKeyFacts publicKey = rsaFacts(2048);
  private SignatureFacts signature = new SignatureFacts(SHA256_WITH_RSA, "SHA256withRSA");
  private Instant notBefore = NOT_BEFORE;
  private Instant notAfter = NOT_AFTER;
  private List<String> crlDistributionPoints = List.of("http://crl.example.com/tls.crl");
  private boolean request;
  private String thumbprint = "0123456789ABCDEF0123456789ABCDEF01234567";
  private String serial = "01";
  private List<String> criticalExtensions = List.of("2.5.29.15");

  private FactsBuilder(String commonName, List<String> dnsNames) {
    this.commonName = commonName;
    this.dnsNames = dnsNames;
  }

  /** The external certificate the contoso plan calls for. */
  public static FactsBuilder external() {
    return new FactsBuilder(
        "sip.contoso.com", List.of("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com"));
  }

  /** The internal certificate the contoso plan calls for: no SAN. */
  public static FactsBuilder internal() {
    return new FactsBuilder("lsedge.contoso.net", List.of()).issuer("CN=Contoso Issuing CA");
  }

  public FactsBuilder commonName(String value) {
    commonName = value;
    return this;
  }

  public FactsBuilder dnsNames(String... names) {
    dnsNames = List.of(names);
    return this;
  }

  public FactsBuilder issuer(String dn) {
    issuerDn = dn;
    return this;
  }

  public FactsBuilder eku(String... oids) {
    ekuPresent = true;
    ekuOids = List.of(oids);
    return this;
  }

  public FactsBuilder noEku() {
    ekuPresent = false;
    ekuOids = List.of();
    return this;
  }

  /** The keyUsage bits by name; none for a certificate without the extension. */
  public FactsBuilder keyUsages(String... names) {
    keyUsages = List.of(names);
    return this;
  }

  public FactsBuilder certificateAuthority() {
    certificateAuthority = true;
    return this;
  }

  public FactsBuilder rsa(int bits) {
    publicKey = rsaFacts(bits);
    return this;
  }

  /** An RSA key of {@code bits} with this public exponent and modulus parity. */
  public FactsBuilder rsa(int bits, long exponent, boolean modulusEven) {
    publicKey = rsaFacts(bits).withRsa(BigInteger.valueOf(exponent), modulusEven);
    return this;
  }

  /** The serial number as the facts carry it: two's-complement octets in upper-case hex. */
  public FactsBuilder serialNumber(String hex) {
    serial = hex;
    return this;
  }

  /** Marks extensions of these OIDs critical. */
  public FactsBuilder criticalExtensions(String... oids) {
    criticalExtensions = List.of(oids);
    return this;
  }

  private static PublicKeyFacts rsaFacts(int bits) {
    return new PublicKeyFacts("RSA", bits, null, null).withRsa(F4, false);
  }

  public FactsBuilder publicKey(String algorithm, int bits, String curveOid, String curveName) {
    publicKey = new PublicKeyFacts(algorithm, bits, curveOid, curveName);
    return this;
  }

  public FactsBuilder signature(String oid, String name) {
    signature = new SignatureFacts(oid, name);
    return this;
  }

  public FactsBuilder validity(Instant from, Instant until) {
    notBefore = from;
    notAfter = until;
    return this;
  }

  public FactsBuilder crlDistributionPoints(String... uris) {
    crlDistributionPoints = List.of(uris);
    return this;
  }

  /** Another certificate: its thumbprint, key fingerprint and serial number. */
  public FactsBuilder identity(String sha1Thumbprint, String keySha256, String serialNumber) {
    thumbprint = sha1Thumbprint;
    serial = serialNumber;
    publicKey =
        new PublicKeyFacts(
            publicKey.algorithm(),
            publicKey.bits(),
            publicKey.curveOid(),
            publicKey.curveName(),
            keySha256,
            publicKey.rsaExponent(),
            publicKey.rsaModulusEven());
    return this;
  }

  /** Facts of a PKCS#10 request: no issuer, serial, validity, CDP or thumbprints. */
  public FactsBuilder request() {
    request = true;
    return this;
  }

  public CertificateFacts build() {
    String subjectDn = commonName == null ? "O=Contoso" : "CN=" + commonName + ", O=Contoso";
    return new CertificateFacts(
        subjectDn,
        commonName,
        request ? null : issuerDn,
        request ? null : serial,
        dnsNames,
        List.of(),
        ekuPresent,
        ekuOids,
        keyUsages,
        certificateAuthority,
        publicKey,
        signature,
        request ? null : notBefore,
        request ? null : notAfter,
        request ? List.of() : crlDistributionPoints,
        List.of(),
        request ? null : thumbprint,
        request ? null : "AB",
        criticalExtensions);
  }
}
