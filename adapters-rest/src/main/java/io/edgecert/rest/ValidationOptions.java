package io.edgecert.rest;

import io.edgecert.application.port.in.InputValues;
import io.edgecert.application.port.in.InvalidValueException;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.plan.CertificateRole;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the options of a validation, the same way from a JSON body and from form fields, by the
 * core's parsers ({@link InputValues}): a value that is wrong becomes a problem of the answer, so
 * that one answer lists every mistake.
 */
final class ValidationOptions {
  static final String AT = "at";
  static final String EXPIRY_WARNING_DAYS = ValidateCommand.EXPIRY_WARNING_DAYS;

  private ValidationOptions() {}

  /**
   * The instant to judge at (a date or an instant); null when not given, so the use case takes now.
   */
  static Instant at(String text, List<InputProblem> problems) {
    return blank(text) ? null : parse(() -> InputValues.dateOrInstant(AT, text), null, problems);
  }

  /**
   * The expiry warning window, {@value ValidateCommand#DEFAULT_EXPIRY_WARNING_DAYS} when absent.
   */
  static int expiryWarningDays(String digits, List<InputProblem> problems) {
    int absent = ValidateCommand.DEFAULT_EXPIRY_WARNING_DAYS;
    return blank(digits)
        ? absent
        : parse(() -> InputValues.days(EXPIRY_WARNING_DAYS, digits), absent, problems);
  }

  /** The role at {@code path}; null when not given (a blank one is wrong) or wrong. */
  static CertificateRole role(String path, String code, List<InputProblem> problems) {
    return code == null ? null : parse(() -> InputValues.role(path, code), null, problems);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static <T> T parse(Supplier<T> parser, T otherwise, List<InputProblem> problems) {
    try {
      return parser.get();
    } catch (InvalidValueException e) {
      problems.addAll(e.problems());
      return otherwise;
    }
  }
}
