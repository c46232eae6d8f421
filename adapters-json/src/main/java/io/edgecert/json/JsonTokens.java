package io.edgecert.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import io.edgecert.domain.Coded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/** Small helpers to write the wire contract token by token, in a fixed field order. */
final class JsonTokens {
  /** The generators of every document (jackson-core only: no tree, no ObjectMapper). */
  static final JsonFactory STREAMS = new JsonFactory();

  /** What a document writes to the generator, from its first token to its last. */
  @FunctionalInterface
  interface Document {
    void write(JsonGenerator json) throws IOException;
  }

  /** Writes one value to the generator. */
  @FunctionalInterface
  interface Writer<T> {
    void write(T value, JsonGenerator json) throws IOException;
  }

  private JsonTokens() {}

  /**
   * The document as text, with {@code printer} (a fresh instance of one, or null for compact text);
   * closing the generator flushes it.
   */
  static String text(Document document, PrettyPrinter printer) {
    BufferRecycler buffers = STREAMS._getBufferRecycler();
    try (SegmentedStringWriter text = new SegmentedStringWriter(buffers)) {
      try (JsonGenerator json = STREAMS.createGenerator(text)) {
        json.setPrettyPrinter(printer);
        document.write(json);
      }
      return text.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      buffers.releaseToPool();
    }
  }

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
