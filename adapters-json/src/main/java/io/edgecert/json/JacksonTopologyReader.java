package io.edgecert.json;

import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.topology.TopologyDraft;
import java.util.List;
import java.util.Map;

/**
 * Driven adapter: reads a topology document (YAML or JSON, format version 1) with Jackson,
 * reporting every structural problem (unknown keys, wrong types, unknown codes) with its field
 * path, line and column.
 */
public final class JacksonTopologyReader implements TopologyReader {
  private final DocumentParser parser = new DocumentParser();

  /**
   * The document without the places of its fields when it has no structural problem (no position
   * tracking, no field paths, no position maps: what a valid topology costs on every request);
   * otherwise {@link #read}'s placed document or exception.
   */
  @Override
  public TopologyDocument readUnplaced(TopologySource source) {
    ParsedDocument parsed = parser.parse(source, false);
    if (parsed.problems().isEmpty()) {
      Fields fields = new Fields(new Problems(parsed));
      TopologyDraft topology = new TopologyMapping(fields).read(new Located(parsed.root(), ""));
      if (fields.problems().none()) {
        return new TopologyDocument(topology, List.of(), Map.of(), Map.of());
      }
    }
    return read(source);
  }

  @Override
  public TopologyDocument read(TopologySource source) {
    ParsedDocument parsed = parser.parse(source);
    Fields fields = new Fields(new Problems(parsed));
    TopologyDraft topology = new TopologyMapping(fields).read(new Located(parsed.root(), ""));
    List<InputProblem> alone = fields.problems().alone();
    if (!alone.isEmpty()) {
      throw new InvalidInputException(source.name(), InvalidInputException.Kind.INVALID, alone);
    }
    Problems problems = fields.problems();
    return new TopologyDocument(
        topology,
        problems.sorted(),
        problems.lines(parsed.lines()),
        problems.columns(parsed.columns()));
  }
}
