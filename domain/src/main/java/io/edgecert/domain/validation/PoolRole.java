package io.edgecert.domain.validation;

import io.edgecert.domain.plan.CertificateRole;
import java.util.List;
import java.util.Objects;

/**
 * The pool section of one role: which member holds which certificate, the members of {@code
 * edge.servers} that gave no copy, and the finding of EXT-POOL-001 or INT-POOL-001 on whether every
 * copy is the same certificate with the same key.
 */
public record PoolRole(
    CertificateRole role, List<MemberCopy> copies, List<String> missingMembers, Finding finding) {

  public PoolRole {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(finding, "finding");
    copies = List.copyOf(copies);
    missingMembers = List.copyOf(missingMembers);
  }
}
