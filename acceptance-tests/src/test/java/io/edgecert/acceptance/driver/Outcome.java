package io.edgecert.acceptance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * What edgecert answered, in neutral terms: the result, the raw answer for messages ("exit 1",
 * "HTTP 422"), the JSON document (a plan or a report, null when refused) and the input errors
 * (empty unless refused).
 */
public record Outcome(Result result, String raw, JsonNode document, List<InputError> errors) {

  /** The four ways a run ends (exit codes 0 to 3 of the command line). */
  public enum Result {
    /** A plan was made, or every must-rule passed. */
    ACCEPTED,
    /** The report has a failed must-rule. */
    REJECTED,
    /** The input was a user mistake: nothing was planned or judged. */
    REFUSED,
    /** edgecert failed internally. */
    FAILED
  }

  public Outcome {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(raw, "raw");
    errors = List.copyOf(errors);
  }

  public static Outcome answered(Result result, String raw, JsonNode document) {
    return new Outcome(result, raw, Objects.requireNonNull(document, "document"), List.of());
  }

  public static Outcome refused(String raw, List<InputError> errors) {
    return new Outcome(Result.REFUSED, raw, null, errors);
  }

  public static Outcome failed(String raw) {
    return new Outcome(Result.FAILED, raw, null, List.of());
  }
}
