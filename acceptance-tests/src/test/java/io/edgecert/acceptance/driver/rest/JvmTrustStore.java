package io.edgecert.acceptance.driver.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a root the JVM's default trust store (the {@code javax.net.ssl.trustStore} properties), as
 * an operator does for a server that must trust other public roots than the JDK's: edgecert reads
 * its public roots from there when a request names none, and a REST request cannot name any. The
 * properties are set back when the suite ends.
 */
final class JvmTrustStore {
  private static final String PASSWORD = "acceptance";
  private static final List<String> PROPERTIES =
      List.of(
          "javax.net.ssl.trustStore",
          "javax.net.ssl.trustStoreType",
          "javax.net.ssl.trustStorePassword");

  private final Map<String, String> previous = new HashMap<>();

  /** Trusts only {@code rootPem} from now on, remembering what was trusted before. */
  void trustOnly(String rootPem) {
    PROPERTIES.forEach(property -> previous.put(property, System.getProperty(property)));
    Path file = write(rootPem);
    System.setProperty(PROPERTIES.get(0), file.toString());
    System.setProperty(PROPERTIES.get(1), "PKCS12");
    System.setProperty(PROPERTIES.get(2), PASSWORD);
  }

  /** Sets the properties back as they were before {@link #trustOnly}. */
  void restore() {
    previous.forEach(
        (property, value) -> {
          if (value == null) {
            System.clearProperty(property);
          } else {
            System.setProperty(property, value);
          }
        });
  }

  private static Path write(String rootPem) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry(
          "edgecert-acceptance-root",
          CertificateFactory.getInstance("X.509")
              .generateCertificate(
                  new ByteArrayInputStream(rootPem.getBytes(StandardCharsets.US_ASCII))));
      Path file = Files.createTempFile("edgecert-acceptance-roots", ".p12");
      file.toFile().deleteOnExit();
      try (OutputStream out = Files.newOutputStream(file)) {
        store.store(out, PASSWORD.toCharArray());
      }
      return file;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot make the trust store", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
