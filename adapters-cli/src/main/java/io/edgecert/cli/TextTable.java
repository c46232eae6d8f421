package io.edgecert.cli;

import java.util.List;
import picocli.CommandLine.Help.Ansi;

/** Two-column label/value rows for terminal output, the label bold and padded to one width. */
final class TextTable {
  private final Ansi ansi;
  private final int width;

  TextTable(Ansi ansi, int width) {
    this.ansi = ansi;
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
      out.append(i == 0 ? ansi.string("@|bold " + pad(label) + "|@") : padding);
      out.append(lines.get(i)).append('\n');
    }
  }

  private String pad(String label) {
    return String.format("%-" + width + "s", label);
  }
}
