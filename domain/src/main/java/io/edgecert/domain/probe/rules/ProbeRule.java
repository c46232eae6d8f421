package io.edgecert.domain.probe.rules;

import io.edgecert.domain.rules.RuleId;

/** A catalogue rule that judges what a live probe saw rather than a certificate file. */
public interface ProbeRule {

  RuleId id();
}
