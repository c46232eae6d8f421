package io.edgecert.acceptance.driver.cli;

import io.edgecert.acceptance.driver.InputError;
import io.edgecert.domain.InputProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the input errors back from what the command line wrote on standard error, one line per
 * problem: {@code <file>[:<line>] <field path>: <message>}, or {@code <file>[:<line>]: <message>}
 * for a problem of the whole file. Any other line fails the scenario.
 */
final class StandardError {
  private static final Pattern LINE = Pattern.compile(":\\d+");

  private StandardError() {}

  /** The problems in {@code text}, each written by one of the inputs named {@code sources}. */
  static List<InputError> parse(String text, List<String> sources) {
    List<InputError> errors = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        errors.add(parseLine(line, sources));
      }
    }
    return errors;
  }

  private static InputError parseLine(String line, List<String> sources) {
    String source =
        sources.stream()
            .filter(line::startsWith)
            .findFirst()
            .orElseThrow(() -> new AssertionError("unexpected line on standard error: " + line));
    String rest = line.substring(source.length());
    Matcher number = LINE.matcher(rest);
    if (number.lookingAt()) {
      rest = rest.substring(number.end());
    }
    if (rest.startsWith(": ")) {
      return new InputError("", rest.substring(2));
    }
    int colon = rest.indexOf(": ");
    if (!rest.startsWith(" ") || colon < 0) {
      throw new AssertionError("standard error line without a message: " + line);
    }
    String path = rest.substring(1, colon);
    return new InputError(InputProblem.at(path, "-").pointer(), rest.substring(colon + 2));
  }
}
