package io.edgecert.application.port.in;

/** Driving port (CLI only): a private key, its issued certificate and the chain joined in a PFX. */
public interface BundleUseCase {

  /**
   * Checks that the key matches the certificate, completes the chain, validates the certificate
   * against the plan when a topology is given, and builds the PKCS#12 file in memory.
   *
   * @throws io.edgecert.domain.InvalidInputException for an unreadable or mismatched key, a wrong
   *     passphrase, an incomplete chain not allowed, or a certificate the plan rejects without
   *     force
   */
  CertificateBundle bundle(BundleCommand command);
}
