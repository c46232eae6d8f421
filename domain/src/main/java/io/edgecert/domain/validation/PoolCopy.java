package io.edgecert.domain.validation;

import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.plan.CertificateRole;
import java.util.Objects;

/**
 * A certificate input of a pool run: the role it was judged as, the member it came from (null when
 * the input did not say), and what was read from it.
 */
public record PoolCopy(CertificateRole role, String member, CertificateEvidence evidence) {

  public PoolCopy {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(evidence, "evidence");
  }
}
