package io.edgecert.cli;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.rules.SourceReference;
import io.edgecert.domain.rules.SourceRegister;
import java.util.List;
import picocli.CommandLine.Help.Ansi.Style;

/** Renders rules for a terminal: id and severity, then the statement, applicability and sources. */
final class RulesText {
  private static final int WIDTH = 96;
  private static final String INDENT = "    ";
  private final Styles styles;

  RulesText(Styles styles) {
    this.styles = styles;
  }

  String render(List<RuleId> rules) {
    StringBuilder out = new StringBuilder();
    for (RuleId rule : rules) {
      out.append(styles.apply(rule.id(), Style.bold)).append("  ").append(rule.severity().code());
      if (!rule.severityNote().isBlank()) {
        out.append(" (").append(rule.severityNote()).append(')');
      }
      out.append('\n');
      wrap(out, rule.statement());
      wrap(out, "Applies when: " + rule.appliesWhen());
      wrap(out, "Sources: " + rule.sources());
      for (SourceReference source : SourceRegister.of(rule)) {
        wrap(out, source.describe());
        out.append(INDENT).append("  ").append(source.url()).append('\n');
      }
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
