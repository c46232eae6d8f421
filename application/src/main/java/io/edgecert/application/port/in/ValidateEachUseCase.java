package io.edgecert.application.port.in;

/**
 * Driving port: prepares a topology's plan once and returns a judge that checks certificates one at
 * a time, on any number of threads, so that an estate of files is validated without holding it.
 */
public interface ValidateEachUseCase {

  /**
   * Reads, checks and plans the topology.
   *
   * @throws io.edgecert.domain.InvalidInputException when the topology is unreadable or invalid
   */
  CertificateJudge prepare(ValidateEachCommand command);
}
