package io.edgecert.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

/** Parses a JSON request body and reads its fields, collecting problems rather than stopping. */
final class JsonFields {

  private JsonFields() {}

  /**
   * The body as a tree; a body that is not well-formed JSON is a MALFORMED input error naming the
   * line and column only (never the text there, which might be a password), and the field when it
   * is a byte that is not UTF-8.
   */
  static JsonNode parse(ObjectMapper mapper, byte[] body) {
    try {
      JsonNode root = mapper.readTree(body);
      if (root == null || root.isMissingNode()) {
        throw malformed("the body is empty; expected a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      BodyEncoding.checkUtf8(mapper, body);
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw malformed("not well-formed JSON at line " + line + ", column " + column);
    } catch (java.io.CharConversionException e) {
      // NUL bytes at the start make Jackson read the bytes as UTF-16 or UTF-32
      throw malformed(
          "not UTF-8 text: a JSON body is UTF-8 (RFC 8259), and NUL bytes near its start make it"
              + " read as UTF-16 or UTF-32");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds a problem for every field of {@code object} not in {@code known}. */
  static void rejectUnknown(
      JsonNode object, Collection<String> known, String path, List<InputProblem> problems) {
    object
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.contains(name)) {
                String at = path.isEmpty() ? name : path + "." + name;
                problems.add(
                    InputProblem.at(
                        at, "unknown field; expected one of " + String.join(", ", known)));
              }
            });
  }

  /** The text of a string field, null when absent or null; a problem when it is not a string. */
  static String text(JsonNode object, String field, String path, List<InputProblem> problems) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      problems.add(InputProblem.at(path, "expected a string"));
      return null;
    }
    return value.textValue();
  }

  /** The digits of a whole-number field, null when absent; a problem when it is not a number. */
  static String integer(JsonNode object, String field, List<InputProblem> problems) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber()) {
      problems.add(InputProblem.at(field, "expected a whole number"));
      return null;
    }
    return value.asText();
  }

  private static InvalidInputException malformed(String message) {
    return new InvalidInputException(
        InputNames.BODY, InvalidInputException.Kind.MALFORMED, message);
  }
}
