package io.edgecert.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.edgecert.domain.rules.SourceReference;
import io.edgecert.domain.rules.SourceRegister;
import java.util.LinkedHashSet;
import java.util.List;

/** The sources of a rule or finding resolved to key, title, URL, date and note. */
final class SourcesJson {

  private SourcesJson() {}

  static ArrayNode references(List<String> sources) {
    return resolved(SourceRegister.resolve(sources));
  }

  /** As {@link #references(List)}, each reference once where several sources resolve to it. */
  static ArrayNode distinctReferences(List<String> sources) {
    return resolved(List.copyOf(new LinkedHashSet<>(SourceRegister.resolve(sources))));
  }

  private static ArrayNode resolved(List<SourceReference> resolved) {
    return JsonTrees.objects(
        resolved,
        (SourceReference source) ->
            JsonTrees.object()
                .put("key", source.key())
                .put("title", source.title())
                .put("url", source.url())
                .put("date", source.date())
                .put("dateKind", source.dateKind())
                .put("note", source.note()));
  }
}
