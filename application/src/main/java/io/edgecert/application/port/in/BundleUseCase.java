package io.edgecert.application.port.in;

/** Driving port (CLI only): a private key, its issued certificate and the chain joined in a PFX. */
public interface BundleUseCase {

  /**
   * Checks that the key matches the certificate, completes the chain, validates the certificate
   * against the plan when a topology is given (else checks that it is valid at the instant), and
   * builds the PKCS#12 file in memory.
   *
   * @throws BundleRefusedException carrying the {@link BundleRefusal} (a certificate its plan
   *     rejects, or one not valid at the instant without a topology) when not forced
   * @throws io.edgecert.domain.InvalidInputException for an unreadable or mismatched key, a wrong
   *     passphrase or an incomplete chain not allowed
   */
  CertificateBundle bundle(BundleCommand command);
}
