package io.edgecert.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgecert.domain.Coded;
import java.util.ArrayList;
import java.util.List;

/** Reads lists strictly: a single value where a list belongs, and null elements, are problems. */
final class ListFields {
  private final Fields fields;
  private final Problems problems;

  ListFields(Fields fields) {
    this.fields = fields;
    this.problems = fields.problems();
  }

  /**
   * A list of names; null when missing or not a list. An element of the wrong type is reported and
   * keeps its place (as its text, or empty), so that later problems still name the right index.
   */
  List<String> names(Located at, String noun) {
    if (!isList(at, noun + "s")) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < at.node().size(); i++) {
      names.add(name(at.element(i), noun));
    }
    return names;
  }

  /** A list of codes of {@code type}; null when missing or not a list. Bad elements are dropped. */
  <E extends Enum<E> & Coded> List<E> codes(Located at, String noun, Class<E> type) {
    if (!isList(at, noun + "s (" + Coded.choices(type) + ")")) {
      return null;
    }
    List<E> codes = new ArrayList<>();
    for (int i = 0; i < at.node().size(); i++) {
      E code = code(at.element(i), type);
      if (code != null) {
        codes.add(code);
      }
    }
    return codes;
  }

  private boolean isList(Located at, String elements) {
    if (at.isMissing()) {
      return false;
    }
    if (!at.node().isArray()) {
      problems.wrongType(at, "a list of " + elements);
      return false;
    }
    return true;
  }

  private <E extends Enum<E> & Coded> E code(Located element, Class<E> type) {
    if (element.isMissing()) {
      problems.wrongType(element, "one of " + Coded.choices(type));
      return null;
    }
    return fields.code(element, type);
  }

  private String name(Located element, String noun) {
    JsonNode node = element.node();
    if (node.isTextual()) {
      return node.asText();
    }
    problems.wrongType(element, "a " + noun);
    return node.isValueNode() && !node.isNull() ? node.asText() : "";
  }
}
