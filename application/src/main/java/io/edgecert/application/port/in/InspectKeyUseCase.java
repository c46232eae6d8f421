package io.edgecert.application.port.in;

/** Driving port (CLI only): what a key file is, before its passphrase is asked for. */
public interface InspectKeyUseCase {

  /**
   * Whether the key file holds an encrypted private key (PKCS#8 or traditional PEM), so that its
   * passphrase is needed; false for an unencrypted key and for a file that holds no readable key
   * (bundle reports that one).
   */
  boolean encrypted(InputFile key);
}
