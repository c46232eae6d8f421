package io.edgecert.domain.plan.advisories;

import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryRule;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.PublicImProvider;
import io.edgecert.domain.topology.Topology;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PIC-004: each public IM provider with its end date. AOL and Yahoo! ended on 2014-06-30 (S20,
 * S19); Windows Live users moved to Skype, whose consumer service (and with it public IM with Skype
 * users) Microsoft retired on 2025-05-05 (Microsoft's announcement of 2025-02-28, "Skype will
 * remain available until May 5, 2025"). PIC-004 is info (nothing to fail on): an info line.
 */
public final class PublicImRetiredAdvisory implements AdvisoryRule {
  static final LocalDate END = LocalDate.of(2014, 6, 30);
  static final LocalDate SKYPE_END = LocalDate.of(2025, 5, 5);

  @Override
  public RuleId id() {
    return RuleId.PIC_004;
  }

  @Override
  public Optional<Advisory> advise(Topology topology, LocalDate asOf) {
    Map<LocalDate, List<PublicImProvider>> ended = new LinkedHashMap<>();
    Map<LocalDate, List<PublicImProvider>> ending = new LinkedHashMap<>();
    for (PublicImProvider provider : topology.federation().publicIm()) {
      LocalDate end = end(provider);
      (asOf.isBefore(end) ? ending : ended)
          .computeIfAbsent(end, d -> new ArrayList<>())
          .add(provider);
    }
    List<String> parts = new ArrayList<>();
    ended.forEach(
        (end, providers) ->
            parts.add(
                names(providers)
                    + " public IM connectivity ended on "
                    + end
                    + skypeNote(providers, "when Microsoft retired consumer Skype")));
    String message = String.join("; ", parts);
    if (!ended.isEmpty()) {
      boolean aol = ended.values().stream().anyMatch(p -> p.contains(PublicImProvider.AOL));
      message +=
          ": it cannot be enabled any more, so drop it from federation.publicIm"
              + (aol ? " (and with AOL the client EKU it needs)" : "");
    }
    List<String> upcoming = new ArrayList<>();
    ending.forEach(
        (end, providers) ->
            upcoming.add(
                names(providers)
                    + " public IM connectivity ends on "
                    + end
                    + skypeNote(
                        providers,
                        "when Microsoft retires consumer Skype; until then no certificate"
                            + " change is needed for it (PIC-003)")));
    if (!upcoming.isEmpty()) {
      message += (message.isEmpty() ? "" : "; ") + String.join("; ", upcoming);
    }
    if (message.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Advisory.of(id(), message));
  }

  private static LocalDate end(PublicImProvider provider) {
    return provider == PublicImProvider.WINDOWS_LIVE ? SKYPE_END : END;
  }

  private static String skypeNote(List<PublicImProvider> providers, String note) {
    return providers.contains(PublicImProvider.WINDOWS_LIVE) ? ", " + note : "";
  }

  private static String names(List<PublicImProvider> providers) {
    return String.join(" and ", providers.stream().map(PublicImRetiredAdvisory::name).toList());
  }

  private static String name(PublicImProvider provider) {
    return switch (provider) {
      case AOL -> "AOL";
      case YAHOO -> "Yahoo!";
      case WINDOWS_LIVE -> "Skype consumer (formerly Windows Live Messenger)";
    };
  }
}
