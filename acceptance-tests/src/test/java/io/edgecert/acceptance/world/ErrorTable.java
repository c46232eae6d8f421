package io.edgecert.acceptance.world;

import io.edgecert.acceptance.driver.InputError;
import io.edgecert.domain.InputProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A table of expected input problems ({@code | field | problem |}: the field path as in
 * docs/topology.md, or {@code (whole file)}, and a part of the message) matched one to one, in any
 * order, with the problems edgecert reported.
 */
public final class ErrorTable {
  static final String FIELD = "field";
  static final String PROBLEM = "problem";
  static final String WHOLE_FILE = "(whole file)";

  private final List<Map<String, String>> rows;

  public ErrorTable(List<Map<String, String>> rows) {
    this.rows = List.copyOf(rows);
  }

  /** The rows no reported problem matches, after each reported problem matched at most one row. */
  public List<Map<String, String>> unmatched(List<InputError> reported) {
    List<InputError> left = new ArrayList<>(reported);
    List<Map<String, String>> unmatched = new ArrayList<>();
    for (Map<String, String> row : rows) {
      InputError match =
          left.stream().filter(error -> matches(row, error)).findFirst().orElse(null);
      if (match == null) {
        unmatched.add(row);
      } else {
        left.remove(match);
      }
    }
    return unmatched;
  }

  public int size() {
    return rows.size();
  }

  private static boolean matches(Map<String, String> row, InputError error) {
    return error.pointer().equals(pointer(row.get(FIELD)))
        && error.message().contains(row.get(PROBLEM));
  }

  /** The RFC 6901 pointer of a field path, as edgecert computes it. */
  static String pointer(String field) {
    return field.equals(WHOLE_FILE) ? "" : InputProblem.at(field, "").pointer();
  }
}
