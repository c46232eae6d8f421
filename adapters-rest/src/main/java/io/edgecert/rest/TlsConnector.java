package io.edgecert.rest;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The HTTPS connector: TLS 1.2 and 1.3 only, no renegotiation, the identity read at construction
 * (so a bad certificate stops the server before it binds) and again on {@link #reload()}, which
 * Jetty applies to new connections while open ones go on with the context they started with.
 */
final class TlsConnector {
  static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};
  private static final String ALIAS = "edgecert";

  private final Supplier<KeyStore.PrivateKeyEntry> identity;
  private final String password = randomPassword();
  private final SslContextFactory.Server ssl = new SslContextFactory.Server();
  private volatile X509Certificate certificate;

  TlsConnector(Supplier<KeyStore.PrivateKeyEntry> identity) {
    this.identity = identity;
    KeyStore.PrivateKeyEntry entry = identity.get();
    ssl.setKeyStore(store(entry));
    certificate = (X509Certificate) entry.getCertificate();
    ssl.setKeyStorePassword(password);
    ssl.setCertAlias(ALIAS);
    ssl.setIncludeProtocols(PROTOCOLS);
    ssl.setRenegotiationAllowed(false);
  }

  Connector connector(Server server, HttpConfiguration http, RestSettings settings) {
    http.addCustomizer(new SecureRequestCustomizer(false));
    ServerConnector connector =
        new ServerConnector(
            server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(http));
    connector.setHost(settings.bind());
    connector.setPort(settings.port());
    return connector;
  }

  /** The certificate presented now. */
  X509Certificate certificate() {
    return certificate;
  }

  /**
   * Reads the identity again and presents it to new connections.
   *
   * @throws RuntimeException what the identity source throws; the old identity stays
   */
  X509Certificate reload() {
    KeyStore.PrivateKeyEntry entry = identity.get();
    KeyStore store = store(entry);
    try {
      ssl.reload(factory -> factory.setKeyStore(store));
    } catch (Exception e) {
      throw new IllegalStateException("Jetty could not load the new TLS identity", e);
    }
    certificate = (X509Certificate) entry.getCertificate();
    return certificate;
  }

  private KeyStore store(KeyStore.PrivateKeyEntry entry) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setEntry(ALIAS, entry, new KeyStore.PasswordProtection(password.toCharArray()));
      return store;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("an in-memory key store cannot be made", e);
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
