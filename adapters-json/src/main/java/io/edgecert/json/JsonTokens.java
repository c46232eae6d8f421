package io.edgecert.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.edgecert.domain.Coded;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/** Small helpers to write the wire contract token by token, in a fixed field order. */
final class JsonTokens {

  /** Writes one value to the generator. */
  @FunctionalInterface
  interface Writer<T> {
    void write(T value, JsonGenerator json) throws IOException;
  }

  private JsonTokens() {}

  /** The code of a coded value, or null. */
  static String code(Coded value) {
    return value == null ? null : value.code();
  }

  /** The field {@code field}: an array of each value written by {@code writer}. */
  static <T> void objects(String field, List<T> values, Writer<T> writer, JsonGenerator json)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (T value : values) {
      writer.write(value, json);
    }
    json.writeEndArray();
  }

  /** The field {@code field}: an array of the texts of the values (null where a text is null). */
  static <T> void strings(
      String field, List<T> values, Function<T, String> text, JsonGenerator json)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (T value : values) {
      json.writeString(text.apply(value));
    }
    json.writeEndArray();
  }
}
