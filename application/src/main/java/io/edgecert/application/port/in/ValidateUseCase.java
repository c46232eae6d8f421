package io.edgecert.application.port.in;

import io.edgecert.domain.validation.ValidationReport;

/** Driving port: judge real certificates against the plan of a topology. */
public interface ValidateUseCase {

  /**
   * Validates each certificate against the planned certificate of its role.
   *
   * @throws io.edgecert.domain.InvalidInputException for a bad topology or an unreadable
   *     certificate
   */
  ValidationReport validate(ValidateCommand command);
}
