package io.edgecert.cli;

import io.edgecert.domain.rules.RuleId;
import java.util.List;
import picocli.CommandLine.Help.Ansi;

/** Renders rules for a terminal: id and severity, then the statement, applicability and sources. */
final class RulesText {
  private static final int WIDTH = 96;
  private static final String INDENT = "    ";
  private final Ansi ansi;

  RulesText(Ansi ansi) {
    this.ansi = ansi;
  }

  String render(List<RuleId> rules) {
    StringBuilder out = new StringBuilder();
    for (RuleId rule : rules) {
      out.append(ansi.string("@|bold " + rule.id() + "|@")).append("  ")
          .append(rule.severity().code());
      if (!rule.severityNote().isBlank()) {
        out.append(" (").append(rule.severityNote()).append(')');
      }
      out.append('\n');
      wrap(out, rule.statement());
      wrap(out, "Applies when: " + rule.appliesWhen());
      wrap(out, "Sources: " + rule.sources());
      out.append('\n');
    }
    return out.toString().stripTrailing() + "\n";
  }

  /** Appends {@code text} in indented lines of at most WIDTH characters, breaking at spaces. */
  static void wrap(StringBuilder out, String text) {
    StringBuilder line = new StringBuilder(INDENT);
    for (String word : text.split(" ")) {
      if (line.length() > INDENT.length() && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(INDENT);
      }
      line.append(line.length() > INDENT.length() ? " " : "").append(word);
    }
    out.append(line).append('\n');
  }
}
