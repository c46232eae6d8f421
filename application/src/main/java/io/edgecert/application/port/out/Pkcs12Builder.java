package io.edgecert.application.port.out;

import io.edgecert.application.port.in.InputFile;

/** Driven port: reads a key, its certificate and chain files and packs them as PKCS#12. */
public interface Pkcs12Builder {

  /**
   * Reads the materials, checks that the key matches the certificate and orders the chain from the
   * leaf to a self-signed root among the supplied certificates.
   *
   * @throws io.edgecert.domain.InvalidInputException for an unreadable file, a wrong passphrase, a
   *     key that matches no certificate, or an incomplete chain that is not allowed
   */
  Pkcs12Draft prepare(BundleMaterials materials);

  /**
   * Whether the key file holds an encrypted private key; false when it holds an unencrypted one or
   * none that can be read ({@link #prepare} reports that).
   */
  boolean encrypted(InputFile key);
}
