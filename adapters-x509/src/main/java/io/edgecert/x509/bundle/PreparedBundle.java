package io.edgecert.x509.bundle;

import io.edgecert.application.port.out.Pkcs12Draft;
import io.edgecert.application.port.out.Pkcs12Protection;
import io.edgecert.x509.request.PemText;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/** A key and its ordered chain, read and checked; packed as PKCS#12 on demand. */
final class PreparedBundle implements Pkcs12Draft {
  private final PrivateKey key;
  private final ChainOrder chain;
  private final Pkcs12Writer writer;

  PreparedBundle(PrivateKey key, ChainOrder chain, Pkcs12Writer writer) {
    this.key = key;
    this.chain = chain;
    this.writer = writer;
  }

  @Override
  public String thumbprint() {
    return Thumbprints.sha1(chain.certificates().get(0));
  }

  @Override
  public List<String> chain() {
    return chain.certificates().stream().map(c -> c.getSubjectX500Principal().getName()).toList();
  }

  @Override
  public Instant notBefore() {
    return chain.certificates().get(0).getNotBefore().toInstant();
  }

  @Override
  public Instant notAfter() {
    return chain.certificates().get(0).getNotAfter().toInstant();
  }

  @Override
  public String missingIssuer() {
    return chain.missingIssuer();
  }

  @Override
  public byte[] certificatesPem() {
    StringBuilder pem = new StringBuilder();
    for (X509Certificate certificate : chain.certificates()) {
      try {
        pem.append(PemText.of("CERTIFICATE", certificate.getEncoded()));
      } catch (CertificateEncodingException e) {
        throw new IllegalStateException("a certificate read from a file cannot be encoded", e);
      }
    }
    return pem.toString().getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public byte[] pkcs12(char[] password, String friendlyName, Pkcs12Protection protection) {
    return writer.write(key, chain.certificates(), password, friendlyName, protection);
  }

  @Override
  public String toString() {
    return "PreparedBundle[" + chain() + ", key hidden]";
  }
}
