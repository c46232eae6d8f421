package io.edgecert.domain.topology;

import java.util.List;
import java.util.Optional;

/** SIP federation, XMPP federation (null when off) and public IM connectivity providers. */
public record Federation(boolean sip, XmppFederation xmpp, List<PublicImProvider> publicIm) {

  public Federation {
    publicIm = publicIm == null ? List.of() : List.copyOf(publicIm);
  }

  /** No federation of any kind. */
  public static Federation none() {
    return new Federation(false, null, List.of());
  }

  public Optional<XmppFederation> xmppFederation() {
    return Optional.ofNullable(xmpp);
  }

  public boolean hasXmpp() {
    return xmpp != null && !xmpp.domains().isEmpty();
  }

  public boolean has(PublicImProvider provider) {
    return publicIm.contains(provider);
  }
}
