package io.edgecert.domain.plan;

import java.util.Comparator;

/**
 * Where a SAN stands in the canonical order of the seed page S01: subject (the Access Edge FQDN),
 * Web Conferencing FQDN, then per SIP domain {@code sip.<domain>} followed by that domain's XMPP
 * entries, hybrid online-only SIP domains, and XMPP domains under no SIP domain last.
 */
public record SanOrder(int section, int group, int item) implements Comparable<SanOrder> {
  private static final Comparator<SanOrder> ORDER =
      Comparator.comparingInt(SanOrder::section)
          .thenComparingInt(SanOrder::group)
          .thenComparingInt(SanOrder::item);

  public static final SanOrder SUBJECT = new SanOrder(0, 0, 0);
  public static final SanOrder WEB_CONFERENCING = new SanOrder(1, 0, 0);

  /** {@code sip.<domain>} of the SIP domain at {@code index}. */
  public static SanOrder sipDomain(int index) {
    return new SanOrder(2, index, 0);
  }

  /** The {@code item}-th XMPP entry that belongs under the SIP domain at {@code index}. */
  public static SanOrder xmppUnder(int index, int item) {
    return new SanOrder(2, index, 1 + item);
  }

  public static SanOrder hybrid(int index) {
    return new SanOrder(3, index, 0);
  }

  /** An XMPP entry under no SIP domain. */
  public static SanOrder xmppAlone(int item) {
    return new SanOrder(4, item, 0);
  }

  @Override
  public int compareTo(SanOrder other) {
    return ORDER.compare(this, other);
  }
}
