package io.edgecert.acceptance.world;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table of expected findings ({@code | rule | status |}, optionally {@code | message contains |},
 * where an empty cell checks nothing) and the same rows as the report has them, so that a mismatch
 * shows as a table diff.
 */
public final class FindingTable {
  static final String RULE = "rule";
  static final String STATUS = "status";
  static final String MESSAGE = "message contains";
  private static final List<String> COLUMNS = List.of(RULE, STATUS, MESSAGE);

  private final List<Map<String, String>> expected;

  public FindingTable(List<Map<String, String>> rows) {
    rows.stream()
        .flatMap(row -> row.keySet().stream())
        .filter(column -> !COLUMNS.contains(column))
        .findFirst()
        .ifPresent(
            column -> {
              throw new IllegalArgumentException(
                  "unknown column '" + column + "'; known: " + String.join(" | ", COLUMNS));
            });
    this.expected = List.copyOf(rows);
  }

  public List<Map<String, String>> expected() {
    return expected;
  }

  /** Each expected row as the certificate's {@code findings} have it. */
  public List<Map<String, String>> actual(JsonNode findings) {
    List<Map<String, String>> actual = new ArrayList<>();
    for (Map<String, String> row : expected) {
      Optional<JsonNode> finding = find(findings, row.get(RULE));
      Map<String, String> values = new LinkedHashMap<>();
      values.put(RULE, row.get(RULE));
      values.put(STATUS, finding.map(f -> f.path(STATUS).asText()).orElse("(no finding)"));
      if (row.containsKey(MESSAGE)) {
        String wanted = row.get(MESSAGE);
        String message = finding.map(f -> f.path("message").asText()).orElse("");
        values.put(MESSAGE, wanted == null || message.contains(wanted) ? wanted : message);
      }
      actual.add(values);
    }
    return actual;
  }

  private static Optional<JsonNode> find(JsonNode findings, String rule) {
    for (JsonNode finding : findings) {
      if (finding.path(RULE).asText().equals(rule)) {
        return Optional.of(finding);
      }
    }
    return Optional.empty();
  }
}
