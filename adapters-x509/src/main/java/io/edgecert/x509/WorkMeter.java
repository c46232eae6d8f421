package io.edgecert.x509;

import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.work.WorkBudget;

/**
 * Meters the work spent on one certificate input against its {@link WorkLimits}, and steps the
 * request's {@link WorkBudget} (deadline, client gone) as it goes.
 */
final class WorkMeter {
  private final String file;
  private final WorkLimits limits;
  private int signatureChecks;

  WorkMeter(String file, WorkLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  /** One certificate looked at in an input-sized loop. */
  void step() {
    WorkBudget.step();
  }

  /** Before one signature check; refuses the input once it asks for more than the limit. */
  void signatureCheck() {
    if (++signatureChecks > limits.signatureChecks()) {
      throw refused(
          "needs more than "
              + limits.signatureChecks()
              + " signature checks to build its chain (the limit of signature checks per input);"
              + " edgecert stopped there: give the leaf with its own chain only");
    }
    WorkBudget.checkpoint();
  }

  /** Before trying the {@code tried + 1}-th candidate issuer of one certificate. */
  void candidate(int tried, ParsedCertificate certificate) {
    if (tried >= limits.candidatesPerCertificate()) {
      throw refused(
          "holds more than "
              + limits.candidatesPerCertificate()
              + " certificates named as the issuer of "
              + certificate.subject().text()
              + " and none of the first "
              + limits.candidatesPerCertificate()
              + " signed it (the limit of candidate issuers per certificate); give the issuer"
              + " that signed it");
    }
  }

  private InvalidInputException refused(String message) {
    return InputErrors.invalid(file, message);
  }
}
