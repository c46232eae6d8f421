package io.edgecert.domain.probe;

import java.util.Objects;

/** One SRV answer: its target host (without trailing dot), port, priority and weight. */
public record SrvRecord(String target, int port, int priority, int weight) {

  public SrvRecord {
    Objects.requireNonNull(target, "target");
  }
}
