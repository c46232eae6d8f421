package io.edgecert.net;

import io.edgecert.application.port.in.ClientCertificate;
import io.edgecert.domain.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509KeyManager;

/**
 * The client side of MTLS for one handshake: offers the certificate of a PKCS#12 file when one was
 * given (none otherwise) and notes whether the server asked for a client certificate at all. The
 * file is decrypted once per run ({@link #load}); each handshake wraps the result in its own
 * instance.
 */
final class ClientKeys extends X509ExtendedKeyManager {
  private final X509KeyManager delegate;
  private volatile boolean requested;

  /** Offers the keys of {@code delegate} (none when it is null). */
  ClientKeys(X509KeyManager delegate) {
    this.delegate = delegate;
  }

  /**
   * Decrypts {@code certificate} (null when it is null).
   *
   * @throws InvalidInputException when it is not a PKCS#12 file with a key or the password is wrong
   */
  static X509KeyManager load(ClientCertificate certificate) {
    if (certificate == null) {
      return null;
    }
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(certificate.pkcs12()), certificate.password());
      KeyManagerFactory factory =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      factory.init(store, certificate.password());
      return (X509KeyManager) factory.getKeyManagers()[0];
    } catch (IOException | GeneralSecurityException e) {
      throw new InvalidInputException(
          certificate.name(),
          InvalidInputException.Kind.MALFORMED,
          "not a PKCS#12 file with a key, or the password is wrong");
    }
  }

  /** Whether the server asked for a client certificate during a handshake. */
  boolean requested() {
    return requested;
  }

  @Override
  public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
    requested = true;
    return delegate == null ? null : delegate.chooseClientAlias(keyTypes, null, socket);
  }

  @Override
  public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
    requested = true;
    return delegate == null ? null : delegate.chooseClientAlias(keyTypes, null, null);
  }

  @Override
  public X509Certificate[] getCertificateChain(String alias) {
    return delegate == null ? null : delegate.getCertificateChain(alias);
  }

  @Override
  public PrivateKey getPrivateKey(String alias) {
    return delegate == null ? null : delegate.getPrivateKey(alias);
  }

  @Override
  public String[] getClientAliases(String keyType, Principal[] issuers) {
    return delegate == null ? null : delegate.getClientAliases(keyType, issuers);
  }

  @Override
  public String[] getServerAliases(String keyType, Principal[] issuers) {
    return null;
  }

  @Override
  public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
    return null;
  }
}
