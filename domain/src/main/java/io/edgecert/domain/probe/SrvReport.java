package io.edgecert.domain.probe;

import io.edgecert.domain.validation.Finding;
import java.util.List;

/** One SRV record the plan implies, what DNS answered and the findings on it. */
public record SrvReport(SrvLookup lookup, List<Finding> findings) {

  public SrvReport {
    findings = List.copyOf(findings);
  }
}
