package io.edgecert.cli;

import java.util.List;
import picocli.CommandLine.Help.Ansi.Style;

/** Two-column label/value rows for terminal output, the label bold and padded to one width. */
final class TextTable {
  private final Styles styles;
  private final int width;

  TextTable(Styles styles, int width) {
    this.styles = styles;
    this.width = width;
  }

  /** One row; a null value shows as "-". */
  void row(StringBuilder out, String label, String value) {
    rows(out, label, List.of(PlanValues.orNone(value)));
  }

  /** A label beside several lines of values, the label on the first; "-" when there are none. */
  void rows(StringBuilder out, String label, List<String> values) {
    List<String> lines = values.isEmpty() ? List.of(PlanValues.NONE) : values;
    String padding = " ".repeat(width);
    for (int i = 0; i < lines.size(); i++) {
      out.append("  ");
      out.append(i == 0 ? styles.apply(pad(label), Style.bold) : padding);
      out.append(lines.get(i)).append('\n');
    }
  }

  private String pad(String label) {
    return pad(label, width);
  }

  /**
   * {@code text} left-aligned in {@code width} columns, as {@code String.format("%-Ns")} writes it
   * (never cut), without parsing a format string for every line of a long report.
   */
  static String pad(String text, int width) {
    String value = String.valueOf(text);
    return value.length() >= width ? value : value + " ".repeat(width - value.length());
  }
}
