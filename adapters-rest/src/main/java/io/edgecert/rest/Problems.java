package io.edgecert.rest;

import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.stream.Collectors;

/** Turns what went wrong into the problem the client reads: input errors point at their place. */
final class Problems {

  private Problems() {}

  /** 400 when the input could not be parsed, 422 when it was parsed and found wrong. */
  static Problem ofInput(InvalidInputException e) {
    String prefix = InputNames.pointerOf(e.source());
    List<Problem.Error> errors =
        e.problems().stream()
            .map(p -> Problem.Error.at(prefix + p.pointer(), p.line(), p.column(), p.message()))
            .toList();
    String detail =
        e.problems().stream().map(p -> describe(prefix, p)).collect(Collectors.joining("; "));
    if (e.unlisted() > 0) {
      detail = detail + "; " + InvalidInputException.more(e.unlisted());
    }
    if (e.kind() == InvalidInputException.Kind.MALFORMED) {
      return new Problem(Problem.BASE + "malformed-input", "Malformed input", 400, detail, errors);
    }
    return new Problem(Problem.BASE + "invalid-input", "Invalid input", 422, detail, errors);
  }

  static Problem ofParameter(BadParameterException e) {
    String detail = "query parameter " + e.parameter() + ": " + e.getMessage();
    List<Problem.Error> errors = List.of(Problem.Error.ofParameter(e.parameter(), e.getMessage()));
    return new Problem(
        Problem.BASE + "invalid-parameter", "Invalid parameter", 400, detail, errors);
  }

  /** A plain HTTP status (404, 405, 406, 413, 415...) with its reason phrase as the title. */
  static Problem ofStatus(int status, String detail) {
    return Problem.ofStatus(status, HttpStatus.forStatus(status).getMessage(), detail);
  }

  /** A 500 that tells nothing of the cause, only the incident id under which it was logged. */
  static Problem internal(String incident) {
    String detail = "An internal error occurred (incident " + incident + "); it was logged.";
    return Problem.ofStatus(500, "Internal Server Error", detail);
  }

  private static String describe(String prefix, InputProblem problem) {
    String pointer = prefix + problem.pointer();
    String place = pointer.isEmpty() ? InputNames.BODY : pointer;
    if (prefix.isEmpty() && problem.line() > 0) {
      place = place + " (line " + problem.line() + ")";
    }
    return place + ": " + problem.message();
  }
}
