package io.edgecert.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.edgecert.domain.rules.SourceReference;
import io.edgecert.domain.rules.SourceRegister;
import java.util.List;

/** The sources of a rule or finding resolved to key, title, URL, date and note. */
final class SourcesJson {

  private SourcesJson() {}

  static ArrayNode references(List<String> sources) {
    return JsonTrees.objects(
        SourceRegister.resolve(sources),
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
