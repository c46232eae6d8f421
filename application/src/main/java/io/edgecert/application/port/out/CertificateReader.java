package io.edgecert.application.port.out;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.domain.certificate.CertificateEvidence;
import java.time.Instant;

/** Driven port: reads a certificate input and builds its chain against the trusted roots. */
public interface CertificateReader {

  /**
   * Reads the input, detecting its format from the content.
   *
   * @param at the instant the chain is built at
   * @throws io.edgecert.domain.InvalidInputException naming the file and what was found
   */
  CertificateEvidence read(CertificateSource source, TrustSettings trust, Instant at);
}
