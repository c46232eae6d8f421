package io.edgecert.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.edgecert.domain.rules.SourceReference;
import io.edgecert.domain.rules.SourceRegister;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sources of a rule or finding resolved to key, title, URL, date and note.
 *
 * <p>A compact generator gets each reference as the text it would write itself, made once per
 * reference: the references are some 60% of a report line's characters, and escaping them again for
 * every certificate of an estate run was most of the line's cost.
 */
final class SourcesJson {
  /**
   * The catalogue's rules cite 87 distinct references (2026-12-03); the bound only keeps findings
   * with sources of their own from growing the map without end.
   */
  private static final int MAX_WRITTEN = 2048;

  private static final Map<SourceReference, String> WRITTEN = new ConcurrentHashMap<>();

  private SourcesJson() {}

  /** The field {@code references}: each source resolved, in the order cited. */
  static void references(List<String> sources, JsonGenerator json) throws IOException {
    resolved(SourceRegister.resolve(sources), json);
  }

  /** As {@link #references}, each reference once where several sources resolve to it. */
  static void distinctReferences(List<String> sources, JsonGenerator json) throws IOException {
    resolved(List.copyOf(new LinkedHashSet<>(SourceRegister.resolve(sources))), json);
  }

  private static void resolved(List<SourceReference> resolved, JsonGenerator json)
      throws IOException {
    JsonTokens.Writer<SourceReference> writer =
        plain(json) ? SourcesJson::written : SourcesJson::source;
    JsonTokens.objects("references", resolved, writer, json);
  }

  /**
   * Whether the generator writes what a new one of {@link JsonTokens#STREAMS} writes: no pretty
   * printer (the indents of a reference depend on where it stands), no escapes of its own.
   */
  private static boolean plain(JsonGenerator json) {
    return json.getPrettyPrinter() == null
        && json.getCharacterEscapes() == null
        && json.getHighestEscapedChar() == 0;
  }

  private static void written(SourceReference source, JsonGenerator json) throws IOException {
    String text = WRITTEN.get(source);
    if (text == null) {
      text = JsonTokens.text(compact -> source(source, compact), null);
      if (WRITTEN.size() < MAX_WRITTEN) {
        WRITTEN.put(source, text);
      }
    }
    json.writeRawValue(text);
  }

  private static void source(SourceReference source, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("key", source.key());
    json.writeStringField("title", source.title());
    json.writeStringField("url", source.url());
    json.writeStringField("date", source.date());
    json.writeStringField("dateKind", source.dateKind());
    json.writeStringField("note", source.note());
    json.writeEndObject();
  }
}
