package io.edgecert.application.port.in;

import io.edgecert.application.port.in.SubjectFields.Field;
import io.edgecert.domain.InputProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The syntax of subject fields: split on unescaped commas, KEY=value, allowed keys and lengths. */
final class SubjectFieldSyntax {
  /** The keys allowed and the longest value each may have (X.520 upper bounds). */
  private static final Map<String, Integer> MAX_LENGTH =
      Map.of("O", 64, "OU", 64, "L", 128, "ST", 128, "C", 2);

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final String ALLOWED = "O, OU, L, ST, C";

  private SubjectFieldSyntax() {}

  /** The comma-separated parts, with {@code \,} (and any other backslash escape) resolved. */
  static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        current.append(text.charAt(++i));
      } else if (c == ',') {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  static Optional<Field> field(String part, List<InputProblem> problems) {
    int equals = part.indexOf('=');
    if (equals < 0) {
      problems.add(
          InputProblem.of(
              "\""
                  + part.strip()
                  + "\" is not KEY=value (keys: "
                  + ALLOWED
                  + "); a comma inside a value is written \\, as in \"O=Contoso\\, Ltd,C=US\""));
      return Optional.empty();
    }
    String key = part.substring(0, equals).strip().toUpperCase(Locale.ROOT);
    String value = part.substring(equals + 1).strip();
    Optional<String> problem = problem(key, value);
    problem.ifPresent(message -> problems.add(InputProblem.at(key, message)));
    String normalized = "C".equals(key) ? value.toUpperCase(Locale.ROOT) : value;
    return problem.isPresent() ? Optional.empty() : Optional.of(new Field(key, normalized));
  }

  private static Optional<String> problem(String key, String value) {
    if ("CN".equals(key)) {
      return Optional.of("the CN always comes from the plan; leave it out of the subject fields");
    }
    if (!MAX_LENGTH.containsKey(key)) {
      return Optional.of("unknown key \"" + key + "\"; expected one of " + ALLOWED);
    }
    if (value.isEmpty()) {
      return Optional.of("the value is empty");
    }
    if ("C".equals(key) && !COUNTRY.matcher(value.toUpperCase(Locale.ROOT)).matches()) {
      return Optional.of("\"" + value + "\" is not a two-letter country code such as US or DE");
    }
    int max = MAX_LENGTH.get(key);
    return value.length() > max
        ? Optional.of("the value has " + value.length() + " characters; at most " + max + " fit")
        : Optional.empty();
  }

  /** Only OU may appear more than once. */
  static void checkRepeats(List<Field> fields, List<InputProblem> problems) {
    fields.stream()
        .map(Field::key)
        .filter(key -> !"OU".equals(key))
        .distinct()
        .filter(key -> fields.stream().filter(f -> f.key().equals(key)).count() > 1)
        .forEach(
            key -> problems.add(InputProblem.at(key, "given more than once; only OU may repeat")));
  }
}
