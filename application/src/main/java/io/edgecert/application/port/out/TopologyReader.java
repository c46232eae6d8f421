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

  /**
   * Reads the document for a caller that only goes on when it is valid: as {@link #read}, except
   * that a document without structural problems may come without the lines and columns of its
   * fields (a reader may skip tracking them). A document with structural problems always comes
   * placed, as {@link #read} gives it, so the caller reports them without reading again; a caller
   * that finds a problem of its own in a document without any reads it again with {@link #read}.
   */
  default TopologyDocument readUnplaced(TopologySource source) {
    return read(source);
  }
}
