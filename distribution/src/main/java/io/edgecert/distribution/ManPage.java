package io.edgecert.distribution;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A man(1) page in troff (man macros) for one command of the picocli model: NAME, SYNOPSIS,
 * DESCRIPTION, ARGUMENTS, OPTIONS, COMMANDS, EXIT STATUS, EXAMPLES and SEE ALSO, from the same
 * annotations that make {@code --help}.
 */
final class ManPage {
  private final CommandSpec spec;
  private final String version;
  private final String date;
  private final StringBuilder roff = new StringBuilder();

  ManPage(CommandSpec spec, String version, String date) {
    this.spec = spec;
    this.version = version;
    this.date = date;
  }

  /** The file name: edgecert.1 or edgecert-plan.1. */
  static String fileName(CommandSpec spec) {
    return spec.qualifiedName("-") + ".1";
  }

  String render() {
    String name = spec.qualifiedName("-");
    roff.append(".\\\" Generated from the edgecert command model by io.edgecert.distribution.\n");
    roff.append(".TH \"")
        .append(name.toUpperCase(Locale.ROOT))
        .append("\" \"1\" \"")
        .append(date)
        .append("\" \"edgecert ")
        .append(version)
        .append("\" \"edgecert Manual\"\n");
    section("NAME");
    line(name + " \\- " + text(header()));
    section("SYNOPSIS");
    synopsis();
    section("DESCRIPTION");
    paragraphs(spec.usageMessage().description());
    if (!spec.positionalParameters().isEmpty()) {
      section("ARGUMENTS");
      spec.positionalParameters().forEach(this::item);
    }
    section("OPTIONS");
    spec.options().stream().filter(o -> !o.hidden()).forEach(this::item);
    if (!spec.subcommands().isEmpty()) {
      section("COMMANDS");
      spec.subcommands()
          .forEach(
              (sub, line) -> {
                roff.append(".TP\n\\fB")
                    .append(text(sub))
                    .append("\\fR\n")
                    .append(text(String.join(" ", line.getCommandSpec().usageMessage().header())))
                    .append('\n');
              });
    }
    exitStatus();
    String[] footer = spec.usageMessage().footer();
    if (footer.length > 0) {
      section("EXAMPLES");
      roff.append(".nf\n.RS 4\n");
      for (String example : footer) {
        roff.append(text(example.strip())).append('\n');
      }
      roff.append(".RE\n.fi\n");
    }
    seeAlso();
    return roff.toString();
  }

  private String header() {
    String[] header = spec.usageMessage().header();
    if (header.length > 0) {
      return String.join(" ", header);
    }
    String[] description = spec.usageMessage().description();
    return description.length > 0 ? firstSentence(expand(description[0])) : spec.name();
  }

  private void synopsis() {
    roff.append("\\fB").append(text(spec.qualifiedName())).append("\\fR");
    for (OptionSpec option : spec.options()) {
      if (!option.hidden()) {
        String label = option.typeInfo().isBoolean() ? "" : " " + option.paramLabel();
        roff.append(" [\\fB")
            .append(text(option.longestName()))
            .append("\\fR")
            .append(text(label))
            .append(']');
      }
    }
    for (PositionalParamSpec parameter : spec.positionalParameters()) {
      boolean optional = parameter.arity().min() == 0;
      boolean many = parameter.arity().max() > 1;
      roff.append(' ')
          .append(optional ? "[" : "")
          .append("\\fI")
          .append(text(parameter.paramLabel()))
          .append("\\fR")
          .append(many ? "..." : "")
          .append(optional ? "]" : "");
    }
    if (!spec.subcommands().isEmpty()) {
      roff.append(" \\fICOMMAND\\fR [\\fIARGS\\fR...]");
    }
    roff.append('\n');
  }

  private void item(ArgSpec arg) {
    roff.append(".TP\n");
    if (arg instanceof OptionSpec option) {
      List<String> names = List.of(option.names());
      String label =
          option.typeInfo().isBoolean() ? "" : "=\\fI" + text(option.paramLabel()) + "\\fR";
      roff.append("\\fB").append(text(String.join(", ", names))).append("\\fR").append(label);
    } else {
      roff.append("\\fI").append(text(arg.paramLabel())).append("\\fR");
    }
    roff.append('\n').append(text(String.join(" ", expanded(arg)))).append('\n');
  }

  private static List<String> expanded(ArgSpec arg) {
    return List.of(arg.renderedDescription());
  }

  private void exitStatus() {
    section("EXIT STATUS");
    spec.usageMessage()
        .exitCodeList()
        .forEach(
            (code, meaning) -> {
              roff.append(".TP\n\\fB")
                  .append(text(code.strip()))
                  .append("\\fR\n")
                  .append(text(meaning.strip()))
                  .append('\n');
            });
  }

  private void seeAlso() {
    section("SEE ALSO");
    CommandSpec root = spec.root();
    StringBuilder pages = new StringBuilder();
    if (spec != root) {
      pages.append("\\fB").append(root.name()).append("\\fR(1)");
    } else {
      for (CommandLine sub : root.subcommands().values()) {
        if (pages.length() > 0) {
          pages.append(", ");
        }
        pages
            .append("\\fB")
            .append(text(sub.getCommandSpec().qualifiedName("-")))
            .append("\\fR(1)");
      }
    }
    roff.append(pages).append('\n');
  }

  private void section(String title) {
    roff.append(".SH ").append(title).append('\n');
  }

  private void line(String text) {
    roff.append(text).append('\n');
  }

  private void paragraphs(String[] lines) {
    for (String description : lines) {
      for (String paragraph : expand(description).split("\n")) {
        if (!paragraph.isBlank()) {
          roff.append(".PP\n").append(text(paragraph.strip())).append('\n');
        }
      }
    }
  }

  /** picocli's %n line breaks as new lines. */
  private static String expand(String text) {
    return text.replace("%n", "\n");
  }

  private static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  /** Escapes text for troff: backslashes, a leading dot or quote, and hyphens as minus signs. */
  static String text(String text) {
    String escaped = text.replace("\\", "\\e").replace("-", "\\-");
    if (escaped.startsWith(".") || escaped.startsWith("'")) {
      escaped = "\\&" + escaped;
    }
    return escaped.replace("\n.", "\n\\&.").replace("\n'", "\n\\&'");
  }
}
