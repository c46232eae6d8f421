package io.edgecert.acceptance.world;

import static io.edgecert.acceptance.world.CertificateDescription.BASIC_CONSTRAINTS;
import static io.edgecert.acceptance.world.CertificateDescription.CRITICAL_EXTENSION;
import static io.edgecert.acceptance.world.CertificateDescription.CRL;
import static io.edgecert.acceptance.world.CertificateDescription.EKU;
import static io.edgecert.acceptance.world.CertificateDescription.FILE;
import static io.edgecert.acceptance.world.CertificateDescription.ISSUER;
import static io.edgecert.acceptance.world.CertificateDescription.KEY;
import static io.edgecert.acceptance.world.CertificateDescription.KEY_PAIR;
import static io.edgecert.acceptance.world.CertificateDescription.KEY_PROVIDER;
import static io.edgecert.acceptance.world.CertificateDescription.KEY_USAGE;
import static io.edgecert.acceptance.world.CertificateDescription.RSA_PUBLIC_KEY;
import static io.edgecert.acceptance.world.CertificateDescription.SANS;
import static io.edgecert.acceptance.world.CertificateDescription.SERIAL;
import static io.edgecert.acceptance.world.CertificateDescription.SIGNATURE;
import static io.edgecert.acceptance.world.CertificateDescription.SUBJECT;
import static io.edgecert.acceptance.world.CertificateDescription.VALID_FROM;
import static io.edgecert.acceptance.world.CertificateDescription.VALID_UNTIL;

import io.edgecert.acceptance.driver.CertificateInput;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.Pem;
import io.edgecert.x509.testing.Pkcs12Spec;
import io.edgecert.x509.testing.SignatureType;
import io.edgecert.x509.testing.TestPki;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Makes the certificate a {@link CertificateDescription} describes with the test PKI, in the file
 * format it names: PEM (with the issuing CA unless told otherwise), PKCS#12 or a request.
 */
public final class TestCertificates {
  /** The password of every PKCS#12 file the scenarios hand in. */
  static final String PFX_PASSWORD = "Edge-pfx-2026";

  private TestCertificates() {}

  /** Whether the description's issuer is the organisation's internal CA. */
  public static boolean fromInternalCa(CertificateDescription description) {
    return IssuerChoice.of(description.get(ISSUER)) == IssuerChoice.INTERNAL_CA;
  }

  /** The input of the certificate described, for the planned certificate of {@code role}. */
  public static CertificateInput make(String role, CertificateDescription description) {
    TestPki pki = AcceptancePki.get();
    LeafSpec spec = spec(description);
    switch (description.get(FILE)) {
      case "PEM":
        byte[] pem = pem(pki.leaf(spec), description);
        return input(role + ".pem", pem, CertificateInput.Format.PEM, role);
      case "PKCS#12 with its key":
        return pkcs12(role, pki.leaf(spec), description, false);
      case "PKCS#12 with another key":
        return pkcs12(role, pki.leaf(spec), description, true);
      case "certificate request":
        return input(role + ".csr", pki.csr(spec).pem(), CertificateInput.Format.CSR, role);
      case "certificate request with a broken signature":
        return input(role + ".csr", pki.csr(spec).tamperedPem(), CertificateInput.Format.CSR, role);
      default:
        throw new IllegalArgumentException(
            "unknown file '"
                + description.get(FILE)
                + "'; known: PEM | PKCS#12 with its key"
                + " | PKCS#12 with another key | certificate request"
                + " | certificate request with a broken signature");
    }
  }

  /** The certificates a server presenting the described one sends: it, then its issuing CA. */
  public static List<IssuedCertificate> sentChain(CertificateDescription description) {
    IssuedCertificate leaf = issue(description);
    boolean intermediate = IssuerChoice.of(description.get(ISSUER)).intermediateSupplied();
    return intermediate && !leaf.issuers().isEmpty()
        ? List.of(leaf, leaf.issuers().get(0))
        : List.of(leaf);
  }

  /** The certificate described, issued (for a server that presents it). */
  public static IssuedCertificate issue(CertificateDescription description) {
    return AcceptancePki.get().leaf(spec(description));
  }

  private static LeafSpec spec(CertificateDescription description) {
    String subject = description.get(SUBJECT);
    List<String> ekus = Labels.lookUp(CertificateLabels.EKUS, EKU, description.get(EKU));
    LeafSpec spec =
        LeafSpec.cn(subject.equals(CertificateLabels.NONE) ? null : subject)
            .dns(CertificateLabels.names(description.get(SANS)).toArray(String[]::new))
            .eku(ekus.toArray(String[]::new))
            .key(Labels.lookUp(CertificateLabels.KEYS, KEY, description.get(KEY)))
            .keyUsage(CertificateLabels.names(description.get(KEY_USAGE)).toArray(String[]::new))
            .validity(day(description.get(VALID_FROM)), day(description.get(VALID_UNTIL)))
            .keySlot(keySlot(description.get(KEY_PAIR)));
    signedBy(spec, description);
    CertificateLabels.names(description.get(CRL)).forEach(spec::crl);
    String constraints = description.get(BASIC_CONSTRAINTS);
    if (Labels.lookUp(CertificateLabels.BASIC_CONSTRAINTS, BASIC_CONSTRAINTS, constraints)) {
      spec.ca();
    }
    linterFlaws(spec, description);
    return spec;
  }

  /**
   * The test PKI's key slot of a key pair letter: {@code A} (the default) is the leaves' usual slot
   * 0; {@code B} to {@code Z} are slots 100 and up, clear of the slots of the CAs' keys.
   */
  private static int keySlot(String letter) {
    if (letter == null || letter.equals("A")) {
      return 0;
    }
    if (letter.length() != 1 || letter.charAt(0) < 'B' || letter.charAt(0) > 'Z') {
      throw new IllegalArgumentException(
          "unknown key pair '" + letter + "'; known: one capital letter, A by default");
    }
    return 100 + letter.charAt(0) - 'B';
  }

  /**
   * The optional fields of the checks generic linters make: serial, critical extension, RSA key.
   */
  private static void linterFlaws(LeafSpec spec, CertificateDescription description) {
    String serial = description.get(SERIAL);
    if (serial != null) {
      spec.serial(new BigInteger(serial));
    }
    String critical = description.get(CRITICAL_EXTENSION);
    if (critical != null && !critical.equals(CertificateLabels.NONE)) {
      spec.criticalExtension(critical);
    }
    String rsa = description.get(RSA_PUBLIC_KEY);
    if (rsa != null) {
      // 2^2047 + 1: an odd 2048-bit modulus (a test certifies it; nobody needs its factors)
      BigInteger odd = BigInteger.ONE.shiftLeft(2047).add(BigInteger.ONE);
      switch (rsa) {
        case "exponent 1" -> spec.rsaPublicKey(odd, BigInteger.ONE);
        case "even modulus" ->
            spec.rsaPublicKey(odd.add(BigInteger.ONE), BigInteger.valueOf(65537));
        default ->
            throw new IllegalArgumentException(
                "unknown RSA public key '" + rsa + "'; known: exponent 1 | even modulus");
      }
    }
  }

  /** The issuer and signature; an MD5 signature is added after issuing ({@link Md5Signature}). */
  private static void signedBy(LeafSpec spec, CertificateDescription description) {
    String signature = description.get(SIGNATURE);
    IssuerChoice issuer = IssuerChoice.of(description.get(ISSUER));
    if (signature.equals(CertificateLabels.MD5_WITH_RSA)) {
      spec.issuedBy(issuer.issuer(false));
      return;
    }
    SignatureType type = Labels.lookUp(CertificateLabels.SIGNATURES, SIGNATURE, signature);
    spec.issuedBy(issuer.issuer(!type.needsRsaKey())).signature(type);
  }

  private static byte[] pem(IssuedCertificate leaf, CertificateDescription description) {
    IssuerChoice issuer = IssuerChoice.of(description.get(ISSUER));
    List<IssuedCertificate> issuers = leaf.issuers();
    String text =
        description.get(SIGNATURE).equals(CertificateLabels.MD5_WITH_RSA)
            ? Md5Signature.resign(leaf, issuers.get(0))
            : leaf.pem();
    if (issuer.intermediateSupplied()) {
      text += issuers.get(0).pem();
    }
    return Pem.bytes(text);
  }

  private static CertificateInput pkcs12(
      String role, IssuedCertificate leaf, CertificateDescription description, boolean otherKey) {
    Pkcs12Spec spec = Pkcs12Spec.password(PFX_PASSWORD);
    String provider =
        Labels.lookUp(CertificateLabels.KEY_PROVIDERS, KEY_PROVIDER, description.get(KEY_PROVIDER));
    if (!provider.isEmpty()) {
      spec.provider(provider);
    }
    if (otherKey) {
      spec.mismatchedKey();
    }
    if (!IssuerChoice.of(description.get(ISSUER)).intermediateSupplied()) {
      spec.withoutChain();
    }
    return new CertificateInput(
        role + ".pfx", leaf.pkcs12(spec), CertificateInput.Format.PKCS12, PFX_PASSWORD, role);
  }

  private static CertificateInput input(
      String fileName, byte[] content, CertificateInput.Format format, String role) {
    return new CertificateInput(fileName, content, format, null, role);
  }

  private static Instant day(String date) {
    return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
