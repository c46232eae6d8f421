package io.edgecert.domain.topology;

import io.edgecert.domain.InputProblem;
import java.util.List;

/** Checks a topology against the naming and topology rules (FQDN-001..003, HLB-002, XMPP-009 ...). */
public final class TopologyValidator {

  private TopologyValidator() {}

  /** Every problem of the topology, each with its field path; empty when it is valid. */
  public static List<InputProblem> validate(Topology topology) {
    throw new UnsupportedOperationException("TODO(lead): being written");
  }
}
