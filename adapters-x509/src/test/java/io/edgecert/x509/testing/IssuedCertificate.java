package io.edgecert.x509.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * A certificate made by {@link TestPki}, with its key pair and its issuers up to the root (empty for
 * a root or a self-signed leaf), and exports in every input format edgecert reads.
 */
public final class IssuedCertificate {
  private final X509CertificateHolder holder;
  private final KeyType keyType;
  private final KeyPair keyPair;
  private final List<IssuedCertificate> issuers;

  IssuedCertificate(X509CertificateHolder holder, KeyType keyType, KeyPair keyPair,
      List<IssuedCertificate> issuers) {
    this.holder = holder;
    this.keyType = keyType;
    this.keyPair = keyPair;
    this.issuers = List.copyOf(issuers);
  }

  public X509CertificateHolder holder() {
    return holder;
  }

  public KeyType keyType() {
    return keyType;
  }

  public KeyPair keyPair() {
    return keyPair;
  }

  /** The issuing CA first, the root last. */
  public List<IssuedCertificate> issuers() {
    return issuers;
  }

  /** This certificate followed by its issuers. */
  public List<IssuedCertificate> withChain() {
    List<IssuedCertificate> all = new ArrayList<>(List.of(this));
    all.addAll(issuers);
    return all;
  }

  public byte[] der() {
    try {
      return holder.getEncoded();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String pem() {
    return Pem.block("CERTIFICATE", der());
  }

  /** Upper-case hex SHA-1 of the DER, computed with the JDK (the expected thumbprint). */
  public String sha1() {
    return digest("SHA-1");
  }

  public String sha256() {
    return digest("SHA-256");
  }

  public byte[] pkcs12(Pkcs12Spec spec) {
    return Pkcs12Maker.make(this, spec);
  }

  private String digest(String algorithm) {
    try {
      return HexFormat.of().withUpperCase().formatHex(
          MessageDigest.getInstance(algorithm).digest(der()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
