package io.edgecert.application.port.in;

import io.edgecert.domain.probe.Member;

/** Hears how a probe goes, for a progress line; the default hears nothing. */
public interface ProbeProgress {

  ProbeProgress NONE = new ProbeProgress() {};

  /** The addresses to probe are known. */
  default void started(int total) {}

  /** One address has been probed. */
  default void probed(Member member) {}
}
