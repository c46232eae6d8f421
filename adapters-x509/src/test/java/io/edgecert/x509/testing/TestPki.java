package io.edgecert.x509.testing;

import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * A small PKI for tests at a fixed instant: an RSA 2048 root, an RSA 2048 and an EC P-384
 * intermediate under it, an imposter CA (the intermediate's name, another key: EC P-256) and an
 * unrelated root (EC P-256). Leaves come from {@link LeafSpec}s; serials count up from 0x1000.
 */
public final class TestPki {
  /** The fixed "now" of every test certificate. */
  public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  public static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
  public static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
  public static final String ROOT_DN = "CN=edgecert Test Root,O=edgecert tests,C=US";
  public static final String INTERMEDIATE_DN = "CN=edgecert Test Issuing CA,O=edgecert tests,C=US";
  public static final String EC_INTERMEDIATE_DN = "CN=edgecert Test EC CA,O=edgecert tests,C=US";
  public static final String UNRELATED_DN = "CN=Unrelated Root,O=Elsewhere,C=US";

  private final AtomicLong serials = new AtomicLong(0x1000);
  private final IssuedCertificate root;
  private final IssuedCertificate intermediate;
  private final IssuedCertificate ecIntermediate;
  private final IssuedCertificate imposter;
  private final IssuedCertificate unrelated;

  private TestPki() {
    root = ca("edgecert Test Root", "edgecert tests", TestKeys.ROOT, KeyType.RSA_2048, null);
    intermediate =
        ca(
            "edgecert Test Issuing CA",
            "edgecert tests",
            TestKeys.INTERMEDIATE,
            KeyType.RSA_2048,
            root);
    ecIntermediate =
        ca(
            "edgecert Test EC CA",
            "edgecert tests",
            TestKeys.EC_INTERMEDIATE,
            KeyType.EC_P384,
            root);
    imposter =
        ca("edgecert Test Issuing CA", "edgecert tests", TestKeys.IMPOSTER, KeyType.EC_P256, root);
    unrelated = ca("Unrelated Root", "Elsewhere", TestKeys.UNRELATED, KeyType.EC_P256, null);
  }

  public static TestPki create() {
    return new TestPki();
  }

  public IssuedCertificate root() {
    return root;
  }

  public IssuedCertificate intermediate() {
    return intermediate;
  }

  public IssuedCertificate ecIntermediate() {
    return ecIntermediate;
  }

  public IssuedCertificate unrelatedRoot() {
    return unrelated;
  }

  /** Issues a certificate as {@code spec} says. */
  public IssuedCertificate leaf(LeafSpec spec) {
    KeyPair keys = TestKeys.pair(spec.keyType, spec.keySlot);
    SubjectPublicKeyInfo key =
        spec.rsaModulus == null
            ? SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded())
            : rsaKeyInfo(spec.rsaModulus, spec.rsaExponent);
    return issue(
        CertificateMaker.name(spec.commonName, spec.organization, spec.country),
        spec.keyType,
        keys,
        key,
        spec.serial,
        issuerFor(spec.issuer),
        spec.signature,
        spec.notBefore,
        spec.notAfter,
        LeafExtensions.of(spec));
  }

  private static SubjectPublicKeyInfo rsaKeyInfo(BigInteger modulus, BigInteger exponent) {
    try {
      return new SubjectPublicKeyInfo(
          new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
          new RSAPublicKey(modulus, exponent));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A PKCS#10 request for the subject, key and extensions of {@code spec}. */
  public TestCsr csr(LeafSpec spec) {
    return TestCsr.make(spec);
  }

  private IssuedCertificate issuerFor(Issuer issuer) {
    switch (issuer) {
      case ROOT:
        return root;
      case INTERMEDIATE:
        return intermediate;
      case EC_INTERMEDIATE:
        return ecIntermediate;
      case IMPOSTER:
        return imposter;
      case UNRELATED:
        return unrelated;
      default:
        return null;
    }
  }

  private IssuedCertificate ca(
      String cn, String org, int slot, KeyType type, IssuedCertificate parent) {
    KeyPair keys = TestKeys.pair(type, slot);
    return issue(
        CertificateMaker.name(cn, org, "US"),
        type,
        keys,
        SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded()),
        null,
        parent,
        null,
        NOW.minus(Duration.ofDays(365)),
        NOW.plus(Duration.ofDays(3650)),
        CertificateMaker.caExtensions());
  }

  /** Signs with the issuer's key, or with {@code keys} when there is no issuer (self-signed). */
  private IssuedCertificate issue(
      X500Name subject,
      KeyType type,
      KeyPair keys,
      SubjectPublicKeyInfo publicKey,
      BigInteger serial,
      IssuedCertificate issuer,
      SignatureType explicit,
      Instant from,
      Instant until,
      Extensions extensions) {
    SignatureType signature =
        explicit != null ? explicit : (issuer == null ? type : issuer.keyType()).defaultSignature();
    CertificateMaker.Signer signer =
        issuer == null
            ? new CertificateMaker.Signer(subject, keys, signature)
            : new CertificateMaker.Signer(
                issuer.holder().getSubject(), issuer.keyPair(), signature);
    return new IssuedCertificate(
        CertificateMaker.sign(
            subject,
            publicKey,
            signer,
            serial != null ? serial : serial(),
            Date.from(from),
            Date.from(until),
            extensions),
        type,
        keys,
        issuer == null ? List.of() : issuer.withChain());
  }

  private BigInteger serial() {
    return BigInteger.valueOf(serials.getAndIncrement());
  }
}
