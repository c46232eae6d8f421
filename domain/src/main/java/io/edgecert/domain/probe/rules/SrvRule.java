package io.edgecert.domain.probe.rules;

import io.edgecert.domain.probe.SrvLookup;
import io.edgecert.domain.validation.Finding;

/** A rule on one SRV record the plan implies: a finding, never an exception. */
public interface SrvRule extends ProbeRule {

  Finding evaluate(SrvLookup lookup);
}
