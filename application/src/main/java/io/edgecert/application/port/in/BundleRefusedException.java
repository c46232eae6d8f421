package io.edgecert.application.port.in;

import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.validation.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The refusal of {@link BundleUseCase} to write a PFX, carrying its {@link BundleRefusal} for the
 * adapter to word and map: nothing was bundled. Its own message is neutral, for an adapter that
 * does not word it (it names no option).
 */
public final class BundleRefusedException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  private final transient BundleRefusal refusal;

  public BundleRefusedException(String certificate, BundleRefusal refusal) {
    super(certificate, Kind.INVALID, problems(refusal));
    this.refusal = refusal;
  }

  public BundleRefusal refusal() {
    return refusal;
  }

  private static List<InputProblem> problems(BundleRefusal refusal) {
    List<InputProblem> problems = new ArrayList<>();
    if (refusal instanceof BundleRefusal.PlanNotSatisfied) {
      BundleRefusal.PlanNotSatisfied plan = (BundleRefusal.PlanNotSatisfied) refusal;
      problems.add(
          InputProblem.of(
              "the certificate does not satisfy the plan of "
                  + plan.topology()
                  + " for the "
                  + plan.role().code()
                  + " certificate; nothing was bundled"));
      plan.failed().forEach(f -> problems.add(InputProblem.at(f.rule().id(), describe(f))));
    } else {
      BundleRefusal.NotValidAt validity = (BundleRefusal.NotValidAt) refusal;
      problems.add(
          InputProblem.of(
              (validity.expired()
                      ? "the certificate expired on " + validity.notAfter()
                      : "the certificate is not valid before " + validity.notBefore())
                  + " (checked at "
                  + validity.at()
                  + "); nothing was bundled"));
    }
    return problems;
  }

  /** A finding for a message: its text and, when known, what was expected and found. */
  public static String describe(Finding finding) {
    StringBuilder text = new StringBuilder(finding.message());
    if (finding.expected() != null) {
      text.append(" (expected: ").append(finding.expected());
      text.append(finding.actual() != null ? "; found: " + finding.actual() + ")" : ")");
    }
    return text.toString();
  }
}
