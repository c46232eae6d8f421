package io.edgecert.x509;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The certificates of the JDK's default trust store as DER bytes, found as the JDK's default trust
 * manager finds them ({@code javax.net.ssl.trustStore}, its type and password, else {@code
 * jssecacerts}, else {@code cacerts} under {@code java.home}). A JKS store (Debian's cacerts) is
 * read directly, without the JDK's certificate parser and security providers, which cost a short
 * run more time than the rest of validation; other store types go through {@link KeyStore}.
 */
final class JdkTrustStore {
  private static final int JKS_MAGIC = 0xFEEDFEED;
  private static final int PRIVATE_KEY = 1;
  private static final int TRUSTED_CERTIFICATE = 2;

  private JdkTrustStore() {}

  /** The default trust store's certificates. */
  static List<byte[]> certificates() {
    Path store = location();
    try {
      String password = System.getProperty("javax.net.ssl.trustStorePassword");
      return read(
          store,
          System.getProperty("javax.net.ssl.trustStoreType"),
          password == null ? null : password.toCharArray());
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the JDK's trust store " + store, e);
    }
  }

  /** Where the JDK's default trust manager looks, in its order. */
  static Path location() {
    String configured = System.getProperty("javax.net.ssl.trustStore");
    if (configured != null && !configured.isEmpty() && !"NONE".equals(configured)) {
      return Path.of(configured);
    }
    Path security = Path.of(System.getProperty("java.home"), "lib", "security");
    Path jssecacerts = security.resolve("jssecacerts");
    return Files.isRegularFile(jssecacerts) ? jssecacerts : security.resolve("cacerts");
  }

  /**
   * The trusted certificates of a store file, and the first certificate of each key entry (as the
   * JDK's trust manager takes them): a JKS file directly, any other type through {@link KeyStore}.
   */
  static List<byte[]> read(Path store, String type, char[] password)
      throws IOException, GeneralSecurityException {
    byte[] bytes = Files.readAllBytes(store);
    if (bytes.length >= 4 && readInt(bytes) == JKS_MAGIC) {
      return jks(bytes);
    }
    KeyStore keyStore = KeyStore.getInstance(type != null ? type : KeyStore.getDefaultType());
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      keyStore.load(in, password);
    }
    List<byte[]> certificates = new ArrayList<>();
    for (String alias : Collections.list(keyStore.aliases())) {
      Certificate certificate =
          keyStore.isCertificateEntry(alias)
              ? keyStore.getCertificate(alias)
              : firstOf(keyStore.getCertificateChain(alias));
      if (certificate != null && "X.509".equals(certificate.getType())) {
        certificates.add(certificate.getEncoded());
      }
    }
    return certificates;
  }

  /** The JKS format: magic, version, entry count, then each entry with its tag. */
  private static List<byte[]> jks(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    in.readInt();
    int version = in.readInt();
    if (version != 1 && version != 2) {
      throw new IOException("unknown JKS version " + version);
    }
    int entries = in.readInt();
    List<byte[]> certificates = new ArrayList<>(entries);
    for (int i = 0; i < entries; i++) {
      int tag = in.readInt();
      in.readUTF();
      in.readLong();
      if (tag == TRUSTED_CERTIFICATE) {
        addCertificate(in, version, certificates);
      } else if (tag == PRIVATE_KEY) {
        in.readFully(new byte[in.readInt()]);
        int chain = in.readInt();
        for (int c = 0; c < chain; c++) {
          addCertificate(in, version, c == 0 ? certificates : new ArrayList<>());
        }
      } else {
        throw new IOException("unknown JKS entry tag " + tag);
      }
    }
    return certificates;
  }

  private static void addCertificate(DataInputStream in, int version, List<byte[]> into)
      throws IOException {
    String type = version == 2 ? in.readUTF() : "X.509";
    byte[] encoded = new byte[in.readInt()];
    in.readFully(encoded);
    if ("X.509".equals(type)) {
      into.add(encoded);
    }
  }

  private static Certificate firstOf(Certificate[] chain) {
    return chain == null || chain.length == 0 ? null : chain[0];
  }

  private static int readInt(byte[] bytes) {
    return ((bytes[0] & 0xFF) << 24)
        | ((bytes[1] & 0xFF) << 16)
        | ((bytes[2] & 0xFF) << 8)
        | (bytes[3] & 0xFF);
  }
}
