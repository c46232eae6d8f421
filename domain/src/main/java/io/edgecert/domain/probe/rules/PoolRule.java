package io.edgecert.domain.probe.rules;

import io.edgecert.domain.probe.Member;
import io.edgecert.domain.validation.Finding;
import java.util.List;

/** A rule comparing the members of one endpoint: one finding per member, in member order. */
public interface PoolRule extends ProbeRule {

  List<Finding> evaluate(List<Member> members);
}
