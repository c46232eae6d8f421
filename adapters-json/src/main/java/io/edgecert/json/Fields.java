package io.edgecert.json;

import io.edgecert.domain.Coded;
import java.util.List;
import java.util.Optional;

/**
 * Reads typed values strictly (no "true" strings or 1 for booleans, no numbers for names),
 * reporting each mismatch and leaving the value null so the rest of the document can still be
 * checked.
 */
final class Fields {
  private final Problems problems;

  Fields(Problems problems) {
    this.problems = problems;
  }

  Problems problems() {
    return problems;
  }

  /**
   * The value as a mapping with only allowed keys reported otherwise; null when missing or wrong.
   */
  Located mapping(Located at, List<String> allowed) {
    if (at.isMissing()) {
      return null;
    }
    if (!at.node().isObject()) {
      problems.wrongType(at, "a mapping with the keys " + String.join(", ", allowed));
      return null;
    }
    Keys.reportUnknown(at, allowed, problems);
    return at;
  }

  /** A string such as a host name; null when missing or not a string. */
  String text(Located at, String expected) {
    if (at.isMissing()) {
      return null;
    }
    if (!at.node().isTextual()) {
      problems.wrongType(at, expected);
      return null;
    }
    return at.node().asText();
  }

  /** A boolean; false when missing or not a boolean. */
  boolean flag(Located at) {
    if (!at.isMissing() && !at.node().isBoolean()) {
      problems.wrongType(at, "true or false");
    }
    return !at.isMissing() && at.node().isBoolean() && at.node().booleanValue();
  }

  /** A whole number; null when missing or not one. */
  Integer whole(Located at, String expected) {
    if (at.isMissing()) {
      return null;
    }
    if (!at.node().isIntegralNumber() || !at.node().canConvertToInt()) {
      problems.wrongType(at, expected);
      return null;
    }
    return at.node().intValue();
  }

  /**
   * One of the codes of {@code type}, exactly as written (lower case, like the keys, and as the
   * JSON Schema's enums say); null when missing or unknown. A code in another case is named.
   */
  <E extends Enum<E> & Coded> E code(Located at, Class<E> type) {
    if (at.isMissing()) {
      return null;
    }
    String choices = Coded.choices(type);
    if (!at.node().isTextual()) {
      problems.wrongType(at, "one of " + choices);
      return null;
    }
    String text = at.node().asText();
    Optional<E> value = Coded.parse(type, text);
    if (value.isPresent() && !value.get().code().equals(text)) {
      problems.add(
          at.path(),
          "unknown value \""
              + text
              + "\" (codes are lower case: did you mean \""
              + value.get().code()
              + "\"?); choices: "
              + choices);
      return null;
    }
    if (value.isEmpty()) {
      problems.add(at.path(), "unknown value \"" + text + "\"; choices: " + choices);
    }
    return value.orElse(null);
  }
}
