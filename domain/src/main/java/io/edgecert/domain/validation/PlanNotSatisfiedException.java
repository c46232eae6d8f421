package io.edgecert.domain.validation;

import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import java.util.List;

/**
 * A certificate that was handed in to be used (bundled, say) fails a must-rule of its planned
 * certificate: the input is well-formed, the certificate is simply not the one the plan needs. A
 * command line reports it with the exit code of a failed must-rule (1), not that of bad input.
 */
public final class PlanNotSatisfiedException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public PlanNotSatisfiedException(String source, List<InputProblem> problems) {
    super(source, Kind.INVALID, problems);
  }
}
