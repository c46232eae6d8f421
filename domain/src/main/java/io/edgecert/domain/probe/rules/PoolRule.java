package io.edgecert.domain.probe.rules;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.probe.Member;
import io.edgecert.domain.validation.Finding;
import java.util.List;

/**
 * A rule comparing the members of one pool that present the certificate of {@link #role}: one
 * finding per member, in member order.
 */
public interface PoolRule extends ProbeRule {

  /** The planned certificate whose copies this rule compares. */
  CertificateRole role();

  List<Finding> evaluate(List<Member> members);
}
