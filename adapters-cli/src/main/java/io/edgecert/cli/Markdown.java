package io.edgecert.cli;

import java.util.List;

/** Builds GitHub-flavoured Markdown: headings, tables with escaped cells, code spans and blocks. */
final class Markdown {
  private final StringBuilder out = new StringBuilder();

  Markdown heading(int level, String text) {
    out.append("#".repeat(level)).append(' ').append(cell(text)).append("\n\n");
    return this;
  }

  Markdown paragraph(String text) {
    out.append(text).append("\n\n");
    return this;
  }

  Markdown table(List<String> header, List<List<String>> rows) {
    row(header);
    row(header.stream().map(h -> "---").toList());
    rows.forEach(this::row);
    out.append('\n');
    return this;
  }

  Markdown codeBlock(String language, String code) {
    out.append("```").append(language).append('\n').append(code).append("\n```\n\n");
    return this;
  }

  Markdown bullets(List<String> items) {
    items.forEach(item -> out.append("- ").append(cell(item)).append('\n'));
    out.append('\n');
    return this;
  }

  private void row(List<String> cells) {
    out.append('|');
    cells.forEach(c -> out.append(' ').append(c).append(" |"));
    out.append('\n');
  }

  /** Text made safe for a table cell: pipes escaped, line breaks flattened. */
  static String cell(String text) {
    return text == null ? PlanValues.NONE : text.replace("|", "\\|").replaceAll("\\R", " ");
  }

  /** A code span, or "-" when there is no value. */
  static String code(String text) {
    return text == null || text.isBlank() ? PlanValues.NONE : "`" + cell(text) + "`";
  }

  @Override
  public String toString() {
    return out.toString().stripTrailing() + "\n";
  }
}
