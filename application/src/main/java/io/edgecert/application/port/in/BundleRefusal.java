package io.edgecert.application.port.in;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.validation.Finding;
import java.time.Instant;
import java.util.List;

/**
 * Why {@link BundleUseCase} wrote no PFX, as data: each adapter words it in its own vocabulary (the
 * command line names the option that overrides it) and maps it (exit 1, as a failed must-rule).
 * When the override was given, the bundle carries the refusal it overrode instead.
 */
public sealed interface BundleRefusal {

  /** The certificate fails must-rules of its planned certificate in the topology named. */
  record PlanNotSatisfied(String topology, CertificateRole role, List<Finding> failed)
      implements BundleRefusal {
    public PlanNotSatisfied {
      failed = List.copyOf(failed);
    }
  }

  /**
   * Without a topology to validate against: the certificate is not valid at {@code at}, it expired
   * ({@code at} after {@code notAfter}) or is not valid yet ({@code at} before {@code notBefore}).
   */
  record NotValidAt(Instant at, Instant notBefore, Instant notAfter) implements BundleRefusal {

    /** True when it expired, false when it is not valid yet. */
    public boolean expired() {
      return at.isAfter(notAfter);
    }
  }
}
