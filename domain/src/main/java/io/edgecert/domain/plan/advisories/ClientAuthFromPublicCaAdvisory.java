package io.edgecert.domain.plan.advisories;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.PublicImProvider;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * EXT-EKU-004 (appendix Z): a plan that needs clientAuth from a public CA needs attention, because
 * public CAs are removing clientAuth from public TLS certificates (Let's Encrypt 2026-05-13,
 * Sectigo 2026-05-15, DigiCert 2027-03-01; Chrome wants serverAuth-only leaves issued from
 * 2027-03-15).
 */
public final class ClientAuthFromPublicCaAdvisory implements AdvisoryRule {
  private static final List<CutOff> CUT_OFFS =
      List.of(
          new CutOff("Let's Encrypt", LocalDate.of(2026, 5, 13)),
          new CutOff("Sectigo", LocalDate.of(2026, 5, 15)),
          new CutOff("DigiCert", LocalDate.of(2027, 3, 1)));
  private static final LocalDate CHROME = LocalDate.of(2027, 3, 15);

  /** The date one CA stops putting clientAuth into public TLS certificates. */
  private record CutOff(String ca, LocalDate date) {}

  @Override
  public RuleId id() {
    return RuleId.EXT_EKU_004;
  }

  @Override
  public Optional<Advisory> advise(Topology topology, LocalDate asOf) {
    if (!topology.federation().has(PublicImProvider.AOL)) {
      return Optional.empty();
    }
    List<String> passed = new ArrayList<>();
    List<String> coming = new ArrayList<>();
    for (CutOff cutOff : CUT_OFFS) {
      (asOf.isBefore(cutOff.date()) ? coming : passed).add(cutOff.ca() + " " + cutOff.date());
    }
    StringBuilder message =
        new StringBuilder(
            "The external certificate needs the Client "
                + "Authentication EKU from a public CA, and public CAs are removing it from TLS certificates");
    if (!passed.isEmpty()) {
      message.append("; already stopped: ").append(String.join(", ", passed));
    }
    if (!coming.isEmpty()) {
      message.append("; stopping: ").append(String.join(", ", coming));
    }
    message
        .append(
            asOf.isBefore(CHROME)
                ? "; Chrome requires serverAuth-only leaves issued from "
                : "; Chrome has required serverAuth-only leaves since ")
        .append(CHROME);
    message.append(
        ". A renewal may come without clientAuth; Lync needs it only for AOL public IM, "
            + "never for federation");
    return Optional.of(Advisory.of(id(), message.toString()));
  }
}
