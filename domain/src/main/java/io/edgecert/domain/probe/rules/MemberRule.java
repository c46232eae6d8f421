package io.edgecert.domain.probe.rules;

import io.edgecert.domain.probe.Member;
import io.edgecert.domain.validation.Finding;

/** A rule on what one address of an endpoint presented: a finding, never an exception. */
public interface MemberRule extends ProbeRule {

  Finding evaluate(Member member);
}
