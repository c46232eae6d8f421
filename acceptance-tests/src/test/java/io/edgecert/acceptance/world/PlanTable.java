package io.edgecert.acceptance.world;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A certificate table of a documentation page, compared with planned certificates of the JSON plan,
 * row by row and column by column. Columns: {@code Component}, {@code Component (page label)}
 * (documentation only: never compared), {@code Subject name}, {@code SANs}, {@code EKU}, {@code
 * CA}, {@code Notes}. SANs compare as sets unless the order counts.
 */
public final class PlanTable {
  static final String PAGE_LABEL = "Component (page label)";

  private final List<Map<String, String>> rows;
  private final List<String> columns;
  private final boolean sanOrder;

  /** The table's rows (every row has the same columns, as in Gherkin). */
  public PlanTable(List<Map<String, String>> rows, boolean sanOrder) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a certificate table needs at least one row");
    }
    this.rows = List.copyOf(rows);
    this.columns =
        rows.get(0).keySet().stream().filter(column -> !column.equals(PAGE_LABEL)).toList();
    this.sanOrder = sanOrder;
    columns.forEach(PlanColumn::of);
  }

  /** The expected values of every compared cell, row by row. */
  public List<Map<String, Object>> expected() {
    List<Map<String, Object>> expected = new ArrayList<>();
    for (Map<String, String> row : rows) {
      Map<String, Object> values = new LinkedHashMap<>();
      columns.forEach(column -> values.put(column, column(column).expected(row.get(column))));
      expected.add(values);
    }
    return expected;
  }

  /** The same cells read from {@code certificates} (planned certificates of the JSON plan). */
  public List<Map<String, Object>> actual(List<JsonNode> certificates) {
    List<Map<String, Object>> actual = new ArrayList<>();
    for (JsonNode certificate : certificates) {
      Map<String, Object> values = new LinkedHashMap<>();
      columns.forEach(column -> values.put(column, column(column).actual(certificate)));
      actual.add(values);
    }
    return actual;
  }

  private PlanColumn.Reading column(String header) {
    return PlanColumn.of(header).reading(sanOrder);
  }
}
