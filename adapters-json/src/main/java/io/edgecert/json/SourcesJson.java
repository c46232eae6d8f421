package io.edgecert.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.edgecert.domain.rules.SourceReference;
import io.edgecert.domain.rules.SourceRegister;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;

/** The sources of a rule or finding resolved to key, title, URL, date and note. */
final class SourcesJson {

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
    JsonTokens.objects("references", resolved, SourcesJson::source, json);
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
