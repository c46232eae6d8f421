package io.edgecert.rest;

import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.work.WorkBudget;
import java.util.List;

/** Words in a test input that make the fakes fail the way the real use cases would. */
final class Cues {
  static final String INVALID = "INVALID-TOPOLOGY";
  static final String MALFORMED = "MALFORMED-TOPOLOGY";
  static final String BUG = "BUG-IN-USE-CASE";
  static final String SLOW = "SLOW-TOPOLOGY";

  /** Works (stepping the request's work budget) until the budget stops it: a 503. */
  static final String ENDLESS = "ENDLESS-TOPOLOGY";

  static final String UNICODE = "UNICODE-TOPOLOGY";
  static final String UNICODE_MESSAGE = "\"sip.contosö.例え\" is not a valid FQDN";
  static final String SECRET = "internal detail s3cr3t";
  static final long SLOW_MILLIS = 1_500;

  private Cues() {}

  static void act(String input, String source) {
    if (input.contains(INVALID)) {
      throw new InvalidInputException(
          source,
          InvalidInputException.Kind.INVALID,
          List.of(
              new InputProblem("edge.accessEdge", 4, "expected a fully qualified domain name"),
              new InputProblem("sipDomains[1]", 7, "not a domain name")));
    }
    if (input.contains(MALFORMED)) {
      throw new InvalidInputException(
          source,
          InvalidInputException.Kind.MALFORMED,
          List.of(new InputProblem("", 3, "mapping values are not allowed here")));
    }
    if (input.contains(UNICODE)) {
      throw new InvalidInputException(
          source,
          InvalidInputException.Kind.INVALID,
          List.of(InputProblem.at("edge.accessEdge", UNICODE_MESSAGE)));
    }
    if (input.contains(BUG)) {
      throw new IllegalStateException(SECRET);
    }
    if (input.contains(SLOW)) {
      sleep();
    }
    while (input.contains(ENDLESS)) {
      WorkBudget.step();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(SLOW_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
