package io.edgecert.domain.plan.advisories;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryLevel;
import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.PublicImProvider;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * PIC-004 (S20, S19): AOL and Yahoo! public IM connectivity ended on 2014-06-30, and Windows Live
 * (Messenger) users moved to Skype from April 2013.
 */
public final class PublicImRetiredAdvisory implements AdvisoryRule {
  static final LocalDate END = LocalDate.of(2014, 6, 30);

  @Override
  public RuleId id() {
    return RuleId.PIC_004;
  }

  @Override
  public Optional<Advisory> advise(Topology topology, LocalDate asOf) {
    List<PublicImProvider> retiring = topology.federation().publicIm().stream()
        .filter(p -> p != PublicImProvider.WINDOWS_LIVE)
        .toList();
    if (retiring.isEmpty()) {
      return topology.federation().has(PublicImProvider.WINDOWS_LIVE)
          ? Optional.of(new Advisory(id(), AdvisoryLevel.INFO, "Windows Live Messenger users moved "
              + "to Skype from April 2013; no certificate change is needed for it (PIC-003)"))
          : Optional.empty();
    }
    String names = String.join(" and ", retiring.stream().map(PublicImRetiredAdvisory::name).toList());
    if (asOf.isBefore(END)) {
      return Optional.of(new Advisory(id(), AdvisoryLevel.INFO,
          names + " public IM connectivity ends on " + END));
    }
    return Optional.of(new Advisory(id(), AdvisoryLevel.WARNING, names + " public IM connectivity "
        + "ended on " + END + ": it cannot be enabled any more, so drop it from federation.publicIm"
        + (retiring.contains(PublicImProvider.AOL) ? " (and with AOL the client EKU it needs)" : "")));
  }

  private static String name(PublicImProvider provider) {
    return provider == PublicImProvider.AOL ? "AOL" : "Yahoo!";
  }
}
