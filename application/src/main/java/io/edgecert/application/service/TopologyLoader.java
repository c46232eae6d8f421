package io.edgecert.application.service;

import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.TopologyValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a topology and checks it, reporting every structural and semantic problem at once. */
final class TopologyLoader {
  private final TopologyReader reader;

  TopologyLoader(TopologyReader reader) {
    this.reader = reader;
  }

  /**
   * The topology of {@code source}. A valid one (the common case) is read once without the places
   * of its fields. A document with structural problems comes back placed from that same read (the
   * port's contract), so it is reported as it is; only a topology that the validator alone finds
   * wrong is read again, with places, to name each problem's line and column.
   */
  Topology load(TopologySource source) {
    TopologyDocument unplaced = reader.readUnplaced(source);
    if (!unplaced.problems().isEmpty()) {
      return checked(source, unplaced);
    }
    TopologyValidator.Checked checked = TopologyValidator.check(unplaced.topology());
    if (checked.problems().isEmpty()) {
      return checked.topology();
    }
    return checked(source, reader.read(source));
  }

  /** The topology of a placed document, or every problem of it and of the validator at once. */
  private static Topology checked(TopologySource source, TopologyDocument document) {
    List<InputProblem> problems = new ArrayList<>(document.problems());
    Set<String> reported = problems.stream().map(InputProblem::path).collect(Collectors.toSet());
    TopologyValidator.Checked checked = TopologyValidator.check(document.topology());
    for (InputProblem problem : checked.problems()) {
      if (!reported.contains(problem.path())) {
        problems.add(document.place(problem));
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(InputProblem::line));
      throw new InvalidInputException(source.name(), InvalidInputException.Kind.INVALID, problems);
    }
    return checked.topology();
  }
}
