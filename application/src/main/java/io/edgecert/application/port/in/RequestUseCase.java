package io.edgecert.application.port.in;

/**
 * Driving port (CLI only): a new key pair and the certificate request for one planned certificate.
 */
public interface RequestUseCase {

  /**
   * Plans the topology, generates a key for the planned certificate of the command's role and signs
   * a PKCS#10 request whose names and usages are exactly the plan's.
   *
   * @throws io.edgecert.domain.InvalidInputException for a bad topology, a role the plan does not
   *     have, or a key choice that cannot be requested
   */
  CertificateRequest request(RequestCommand command);
}
