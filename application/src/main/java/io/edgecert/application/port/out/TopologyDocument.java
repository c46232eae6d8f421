package io.edgecert.application.port.out;

import io.edgecert.domain.InputProblem;
import io.edgecert.domain.topology.TopologyDraft;
import java.util.List;
import java.util.Map;

/**
 * A parsed topology document: the topology as far as it could be read, a draft (fields that had the
 * wrong type are null; the domain's validator makes the topology of it), the structural problems
 * found while reading it (unknown keys, wrong types), and the line and column (1-based) of each
 * field path's key or list element, so that later problems can be placed too.
 */
public record TopologyDocument(
    TopologyDraft topology,
    List<InputProblem> problems,
    Map<String, Integer> lines,
    Map<String, Integer> columns) {

  public TopologyDocument {
    problems = List.copyOf(problems);
    lines = Map.copyOf(lines);
    columns = Map.copyOf(columns);
  }

  /** A document whose columns are not known. */
  public TopologyDocument(
      TopologyDraft topology, List<InputProblem> problems, Map<String, Integer> lines) {
    this(topology, problems, lines, Map.of());
  }

  /**
   * The line of {@code path}, or of its nearest parent that has one, or of the document's root
   * (under the empty path); 0 when unknown.
   */
  public int lineOf(String path) {
    return lines.getOrDefault(placeOf(path), 0);
  }

  /** The column of the place {@link #lineOf} finds for {@code path}; 0 when unknown. */
  public int columnOf(String path) {
    return columns.getOrDefault(placeOf(path), 0);
  }

  /** The problem placed on the line and column of its path (as {@link #lineOf} finds them). */
  public InputProblem place(InputProblem problem) {
    String place = placeOf(problem.path());
    return problem.at(lines.getOrDefault(place, 0), columns.getOrDefault(place, 0));
  }

  /** {@code path}, or its nearest parent that has a line, or the empty path of the root. */
  private String placeOf(String path) {
    String current = path;
    while (!current.isEmpty() && !lines.containsKey(current)) {
      int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      current = cut < 0 ? "" : current.substring(0, cut);
    }
    return current;
  }
}
