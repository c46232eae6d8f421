package io.edgecert.cli;

import io.edgecert.application.port.in.BundleRefusal;
import io.edgecert.application.port.in.BundleRefusedException;
import io.edgecert.domain.InputProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * How the command line words the refusals of bundle: the use case's problems, the first one naming
 * the option that overrides it; and the line of a summary whose refusal was overridden.
 */
final class BundleRefusals {
  static final String FORCE_HINT = " (--force bundles it anyway)";

  private BundleRefusals() {}

  /** The lines on stderr for a refusal: nothing was written. */
  static List<String> lines(BundleRefusedException refusal) {
    List<String> lines = new ArrayList<>();
    List<InputProblem> problems = refusal.problems();
    for (int i = 0; i < problems.size(); i++) {
      lines.add(problems.get(i).describe(refusal.source()) + (i == 0 ? FORCE_HINT : ""));
    }
    return lines;
  }

  /** The summary line of a validity refusal that --force overrode; empty for the others. */
  static String forced(BundleRefusal refusal) {
    if (!(refusal instanceof BundleRefusal.NotValidAt)) {
      return "";
    }
    BundleRefusal.NotValidAt validity = (BundleRefusal.NotValidAt) refusal;
    return "  validity:      "
        + (validity.expired()
            ? "expired on " + validity.notAfter()
            : "not valid before " + validity.notBefore())
        + " (checked at "
        + validity.at()
        + "; written anyway: --force)\n";
  }
}
