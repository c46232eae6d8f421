package io.edgecert.cli;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats, written in lower case; each subcommand accepts its own subset. */
enum OutputFormat {
  TEXT,
  MARKDOWN,
  JSON,
  JUNIT,
  SARIF,
  /** One JSON document per line, written as each certificate is judged (validate only). */
  JSONL;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads one of a subcommand's formats by name, ignoring case, and lists them for the help. */
  abstract static class Choices implements ITypeConverter<OutputFormat>, Iterable<String> {
    private final List<OutputFormat> allowed;

    Choices(OutputFormat... allowed) {
      this.allowed = List.of(allowed);
    }

    @Override
    public OutputFormat convert(String value) {
      return allowed.stream()
          .filter(format -> format.toString().equalsIgnoreCase(value))
          .findFirst()
          .orElseThrow(
              () -> new TypeConversionException("'" + value + "' is not one of " + list()));
    }

    @Override
    public Iterator<String> iterator() {
      return allowed.stream().map(OutputFormat::toString).iterator();
    }

    private String list() {
      return allowed.stream().map(OutputFormat::toString).collect(Collectors.joining(", "));
    }
  }

  /** The formats of plan. */
  static final class OfPlan extends Choices {
    OfPlan() {
      super(TEXT, MARKDOWN, JSON);
    }
  }

  /** The formats of validate. */
  static final class OfValidate extends Choices {
    OfValidate() {
      super(values());
    }
  }

  /** The formats of probe. */
  static final class OfProbe extends Choices {
    OfProbe() {
      super(TEXT, MARKDOWN, JSON, JUNIT);
    }
  }

  /** The formats of rules. */
  static final class OfRules extends Choices {
    OfRules() {
      super(TEXT, JSON);
    }
  }
}
