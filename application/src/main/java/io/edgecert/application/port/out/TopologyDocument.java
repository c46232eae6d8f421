package io.edgecert.application.port.out;

import io.edgecert.domain.InputProblem;
import io.edgecert.domain.topology.Topology;
import java.util.List;
import java.util.Map;

/**
 * A parsed topology document: the topology as far as it could be read (fields that had the wrong
 * type are null), the structural problems found while reading it (unknown keys, wrong types), and the
 * line of each field path, so that later problems can be placed on a line too.
 */
public record TopologyDocument(Topology topology, List<InputProblem> problems, Map<String, Integer> lines) {

  public TopologyDocument {
    problems = List.copyOf(problems);
    lines = Map.copyOf(lines);
  }

  /**
   * The line of {@code path}, or of its nearest parent that has one, or of the document's root
   * (under the empty path); 0 when unknown.
   */
  public int lineOf(String path) {
    String current = path;
    while (!current.isEmpty()) {
      Integer line = lines.get(current);
      if (line != null) {
        return line;
      }
      int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      current = cut < 0 ? "" : current.substring(0, cut);
    }
    return lines.getOrDefault("", 0);
  }
}
