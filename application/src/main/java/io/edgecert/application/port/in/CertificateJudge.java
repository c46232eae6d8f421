package io.edgecert.application.port.in;

import io.edgecert.domain.validation.CertificateReport;
import java.time.Instant;

/** Judges one certificate input at a time against a prepared plan; safe to share across threads. */
public interface CertificateJudge {

  /** The instant every certificate is judged at. */
  Instant at();

  /**
   * Reads one input and runs every certificate rule on it.
   *
   * @throws io.edgecert.domain.InvalidInputException naming the file when it cannot be read
   */
  CertificateReport judge(CertificateSource source);
}
