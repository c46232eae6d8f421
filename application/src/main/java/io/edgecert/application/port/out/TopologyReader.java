package io.edgecert.application.port.out;

import io.edgecert.application.port.in.TopologySource;

/** Driven port: reads a topology document (YAML or JSON, format version 1). */
public interface TopologyReader {

  /**
   * Reads the document, collecting every structural problem rather than stopping at the first.
   *
   * @throws io.edgecert.domain.InvalidInputException of kind MALFORMED when the syntax is broken
   */
  TopologyDocument read(TopologySource source);
}
