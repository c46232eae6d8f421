package io.edgecert.x509.bundle;

import io.edgecert.application.port.in.InputFile;
import io.edgecert.domain.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Collections;

/** Opens a PKCS#12 file with the JDK's key store and takes its key entry. */
final class ServingPkcs12 {

  private ServingPkcs12() {}

  static KeyStore.PrivateKeyEntry read(InputFile file, char[] password) {
    if (password == null) {
      throw ServingChecks.invalid(
          file.name(), "a PKCS#12 file needs its password (--tls-password-file or -env)");
    }
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(new ByteArrayInputStream(file.content()), password);
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          return (KeyStore.PrivateKeyEntry)
              store.getEntry(alias, new KeyStore.PasswordProtection(password));
        }
      }
      throw ServingChecks.invalid(file.name(), "the PKCS#12 file holds no private key");
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw ServingChecks.invalid(
            file.name(), "the password does not open the PKCS#12 file (or the file is damaged)");
      }
      throw new InvalidInputException(
          file.name(),
          InvalidInputException.Kind.MALFORMED,
          "not a readable PKCS#12 file; expected a .p12/.pfx with the key and its certificate");
    } catch (GeneralSecurityException | ClassCastException e) {
      throw ServingChecks.invalid(
          file.name(), "the PKCS#12 key entry cannot be used: " + e.getClass().getSimpleName());
    }
  }
}
