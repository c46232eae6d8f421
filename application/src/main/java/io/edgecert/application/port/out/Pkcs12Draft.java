package io.edgecert.application.port.out;

import java.time.Instant;
import java.util.List;

/**
 * A key with its certificate and ordered chain, read and checked, ready to be packed as PKCS#12.
 */
public interface Pkcs12Draft {

  /**
   * The certificate's SHA-1 thumbprint, upper-case hex, as Set-CsCertificate -Thumbprint takes it.
   */
  String thumbprint();

  /** The start of the issued certificate's validity. */
  Instant notBefore();

  /** The end of the issued certificate's validity. */
  Instant notAfter();

  /** The subject DNs from the leaf to the last certificate found (a root when complete). */
  List<String> chain();

  /** The issuer DN no supplied certificate provides, or null when the chain reaches a root. */
  String missingIssuer();

  /** The certificate and its chain as PEM, leaf first, for validation. */
  byte[] certificatesPem();

  /**
   * The PKCS#12 file protected by {@code protection}, the key and leaf named {@code friendlyName}.
   */
  byte[] pkcs12(char[] password, String friendlyName, Pkcs12Protection protection);
}
