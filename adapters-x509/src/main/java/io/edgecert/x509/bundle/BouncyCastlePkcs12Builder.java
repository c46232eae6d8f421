package io.edgecert.x509.bundle;

import io.edgecert.application.port.in.InputFile;
import io.edgecert.application.port.out.BundleMaterials;
import io.edgecert.application.port.out.Pkcs12Builder;
import io.edgecert.application.port.out.Pkcs12Draft;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PEM private key, the issued certificate and chain files (PEM, DER or PKCS#7), picks the
 * certificate the key belongs to, orders the chain to a root, and packs it all as PKCS#12.
 */
public final class BouncyCastlePkcs12Builder implements Pkcs12Builder {
  private final Pkcs12Writer writer;

  public BouncyCastlePkcs12Builder(SecureRandom random) {
    this(new Pkcs12Writer(random, Pkcs12Writer.ITERATIONS));
  }

  BouncyCastlePkcs12Builder(Pkcs12Writer writer) {
    this.writer = writer;
  }

  @Override
  public Pkcs12Draft prepare(BundleMaterials materials) {
    PrivateKey key = KeyFiles.read(materials.key(), materials.keyPassphrase());
    List<X509Certificate> issued = CertificateFiles.read(materials.certificate());
    X509Certificate leaf =
        KeyOwner.certificateOf(
            key,
            issued,
            materials.key().name(),
            materials.certificate().name(),
            "use the key the request was made with");
    List<X509Certificate> pool = new ArrayList<>(issued);
    for (InputFile file : materials.chain()) {
      pool.addAll(CertificateFiles.read(file));
    }
    ChainOrder chain = ChainOrder.of(leaf, pool);
    if (chain.missingIssuer() != null && !materials.allowIncompleteChain()) {
      throw chain.incomplete(materials.certificate().name());
    }
    return new PreparedBundle(key, chain, writer);
  }

  @Override
  public boolean encrypted(InputFile key) {
    return KeyFiles.encrypted(key);
  }
}
