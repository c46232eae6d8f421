package io.edgecert.application.port.out;

import io.edgecert.application.port.in.SubjectFields;
import io.edgecert.domain.plan.PlannedCertificate;

/** Driven port: generates a key pair and the signed PKCS#10 request of a planned certificate. */
public interface RequestFactory {

  /**
   * Generates a key of the planned key spec and a request whose subject CN, SAN dNSNames (in plan
   * order), EKU and key usage are the plan's, with {@code subject}'s fields beside the CN.
   *
   * @param passphrase encrypts the PKCS#8 key when not null; it is neither kept nor changed
   */
  GeneratedRequest create(PlannedCertificate certificate, SubjectFields subject, char[] passphrase);
}
