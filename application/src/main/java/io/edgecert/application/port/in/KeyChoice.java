package io.edgecert.application.port.in;

import io.edgecert.domain.topology.KeyAlgorithm;

/**
 * The key asked for on the command line: an algorithm (null: the topology's) and a size in bits (0:
 * the default of the algorithm, or the topology's size when the algorithm is the topology's).
 */
public record KeyChoice(KeyAlgorithm algorithm, int size) {

  public KeyChoice {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
  }

  /** Whatever the topology's certificate options say. */
  public static KeyChoice fromTopology() {
    return new KeyChoice(null, 0);
  }
}
